using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Newtonsoft.Json;
using NUnit.Framework;
using OneRoster.Query;
using OneRoster.Rostering;
using OneRoster.Tests.Client;

namespace OneRoster.Tests.Query
{
    /// <summary>
    /// A filter on a field the record type does not have returns nothing from most providers, silently: the client
    /// warns once per field and client, or throws before sending with <see cref="UnknownFilterFieldPolicy.Throw"/>.
    /// </summary>
    [TestFixture]
    public sealed class UnknownFilterFieldTests
    {
        private FakeProvider _provider = null!;

        [SetUp]
        public void SetUp()
        {
            _provider = new FakeProvider().WithTokens();
            _provider.WithSequence(FakeProvider.UsersPath, "GET", FakeProvider.Status(200, "{\"users\":[]}"));
        }

        [TearDown]
        public void TearDown() => _provider.Dispose();

        [Test]
        public async Task Unknown_field_is_warned_once_per_field_and_client()
        {
            using var logs = new FakeLoggerProvider();
            using var loggerFactory = LoggerFactory.Create(b => b.AddProvider(logs));
            using var client = _provider.CreateClient(o => o.LoggerFactory = loggerFactory);

            await client.Users.ListAsync(q => q.Where("noSuchField='x'"));
            await client.Users.ToListAsync(q => q.Where("noSuchField='y' AND status='active'"));
            await client.Users.ListAsync(q => q.Where("famlyName='Lee'"));

            var warnings = logs.Collector.GetSnapshot().Where(r => r.Id.Name == "OneRosterUnknownFilterField").ToList();
            Assert.That(warnings.Select(w => w.Level), Is.All.EqualTo(LogLevel.Warning));
            Assert.That(warnings.Select(w => w.Message), Is.EqualTo(new[]
            {
                "OneRoster filter names 'noSuchField', which User records do not have; most providers then answer with no records. Check the spelling, or set OneRosterClientOptions.UnknownFilterFields = Ignore for a provider that has this field",
                "OneRoster filter names 'famlyName', which User records do not have; most providers then answer with no records. Check the spelling, or set OneRosterClientOptions.UnknownFilterFields = Ignore for a provider that has this field",
            }));
            Assert.That(_provider.Count(FakeProvider.UsersPath), Is.EqualTo(3), "Warn still sends the filter as written");
        }

        [Test]
        public async Task Known_dotted_metadata_and_extension_fields_are_not_warned()
        {
            using var logs = new FakeLoggerProvider();
            using var loggerFactory = LoggerFactory.Create(b => b.AddProvider(logs));
            using var client = _provider.CreateClient(o => o.LoggerFactory = loggerFactory);
            _provider.WithSequence("/ims/oneroster/rostering/v1p2/enrollments", "GET", FakeProvider.Status(200, "{\"enrollments\":[]}"));

            await client.Users.ListAsync(q => q.Where("status='active' AND roles.org.sourcedId='s1'"));
            await client.Users.ListAsync(q => q.Where("metadata.stateId='42' OR ext:grade='7'"));
            await client.Users.ListAsync(q => q.Where("primaryOrg.sourcedId='s1' AND dateLastModified>'2024-01-01'"));
            await client.Enrollments.ListAsync(q => q.Where("user.sourcedId='u1' AND class.sourcedId='c1'"));

            Assert.That(logs.Collector.GetSnapshot().Where(r => r.Id.Name == "OneRosterUnknownFilterField"), Is.Empty);
        }

        [Test]
        public void Dotted_field_into_a_reference_the_entity_does_not_have_is_unknown()
        {
            var users = FilterFieldTable.For(typeof(User))!;

            Assert.That(UnknownFilterFieldGuard.IsKnown("user.sourcedId", users), Is.False, "users have no 'user' reference");
            Assert.That(UnknownFilterFieldGuard.IsKnown("roles.org.nope", users), Is.False);
            Assert.That(UnknownFilterFieldGuard.IsKnown("user.sourcedId", FilterFieldTable.For(typeof(Enrollment))!), Is.True);
        }

        [Test]
        public void Throw_refuses_before_any_request()
        {
            using var client = _provider.CreateClient(o => o.UnknownFilterFields = UnknownFilterFieldPolicy.Throw);

            var list = Assert.ThrowsAsync<ArgumentException>(() => client.Users.ListAsync(q => q.Where("status='active' AND noSuchField='x'")));
            var stream = Assert.ThrowsAsync<ArgumentException>(async () => await client.Users.ToListAsync(q => q.Where("noSuchField='x'")));

            Assert.That(list!.Message, Does.StartWith("The filter names 'noSuchField', which User records do not have (nothing was sent)."));
            Assert.That(stream!.ParamName, Is.EqualTo("query"));
            Assert.That(_provider.Count(FakeProvider.UsersPath), Is.Zero);
        }

        [Test]
        public async Task Ignore_sends_without_a_word()
        {
            using var logs = new FakeLoggerProvider();
            using var loggerFactory = LoggerFactory.Create(b => b.AddProvider(logs));
            using var client = _provider.CreateClient(o =>
            {
                o.LoggerFactory = loggerFactory;
                o.UnknownFilterFields = UnknownFilterFieldPolicy.Ignore;
            });

            await client.Users.ListAsync(q => q.Where("noSuchField='x'"));

            Assert.That(logs.Collector.GetSnapshot(), Is.Empty);
            Assert.That(_provider.Count(FakeProvider.UsersPath), Is.EqualTo(1));
        }

        [Test]
        public async Task Dependency_injection_clients_warn_through_the_container_logger()
        {
            var services = new ServiceCollection();
            using var logs = new FakeLoggerProvider();
            services.AddLogging(b => b.AddProvider(logs));
            services.AddOneRosterClient(o =>
            {
                o.BaseUrl = _provider.BaseUrl;
                o.TokenUrl = _provider.TokenUrl;
                o.ClientId = FakeProvider.ClientId;
                o.ClientSecret = FakeProvider.ClientSecret;
            });
            await using var container = services.BuildServiceProvider();

            await container.GetRequiredService<OneRosterClient>().Users.ListAsync(q => q.Where("noSuchField='x'"));

            Assert.That(logs.Collector.GetSnapshot().Count(r => r.Id.Name == "OneRosterUnknownFilterField"), Is.EqualTo(1));
        }

        [Test]
        public void Field_table_matches_the_generated_records()
        {
            foreach (var (type, fields) in FilterFieldTable.All)
            {
                Assert.That(fields, Is.EquivalentTo(Paths(type, string.Empty, 1, new HashSet<Type> { type })), type.Name);
            }
            Assert.That(FilterFieldTable.All.Keys.Select(t => t.Name), Is.SupersetOf(new[]
            {
                "AcademicSession", "AssessmentLineItem", "AssessmentResult", "Category", "Class", "ComponentResource", "Course", "CourseComponent",
                "Demographics", "Enrollment", "LineItem", "Org", "Resource", "Result", "ScoreScale", "User",
            }));
        }

        /// <summary>JSON names and dotted paths into nested generated objects, three levels deep; metadata is open.</summary>
        private static IEnumerable<string> Paths(Type type, string prefix, int depth, HashSet<Type> seen)
        {
            foreach (var property in type.GetProperties())
            {
                if (property.GetCustomAttribute<JsonPropertyAttribute>()?.PropertyName is not { } name)
                {
                    continue;
                }
                yield return prefix + name;
                var target = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                if (target.IsGenericType && target.GetGenericTypeDefinition() == typeof(List<>))
                {
                    target = target.GetGenericArguments()[0];
                }
                if (name != "metadata" && depth < 3 && target.Assembly == type.Assembly && target.IsClass && !seen.Contains(target))
                {
                    foreach (var nested in Paths(target, prefix + name + ".", depth + 1, new HashSet<Type>(seen) { target }))
                    {
                        yield return nested;
                    }
                }
            }
        }
    }
}
