using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using NUnit.Framework;
using OneRoster.Auth;
using OneRoster.Rostering;

namespace OneRoster.Testing.Tests.Server
{
    /// <summary>The client library's own token handling and generated clients work against the fake as it is configured.</summary>
    public class ClientCompatibilityTests
    {
        [TestCase(OneRosterClientAuthentication.Basic)]
        [TestCase(OneRosterClientAuthentication.RequestBody)]
        public async Task CreateClientOptions_gives_options_the_client_validates_and_authenticates_with(OneRosterClientAuthentication authentication)
        {
            await using var fake = await OneRosterFakeServer.StartAsync(FakeDistrict.Generate(users: 120));
            var options = fake.CreateClientOptions();
            options.ClientAuthentication = authentication;
            Assert.That(options.GetValidationErrors(), Is.Empty);
            using var client = new OneRosterClient(options);

            var users = Users(options, out var http);
            using var _ = http;
            UserSet page = await users.GetAllUsersAsync(limit: 5, offset: null, sort: null, orderBy: null, filter: "roles.role='teacher'", fields: null, search: null);
            Assert.That(page.Users!.Select(u => u.Roles![0].Role?.ToString()), Is.All.EqualTo("teacher"));
            Assert.That(fake.RequestLog.Count(r => r.OperationId == "token"), Is.EqualTo(1));
        }

        [Test]
        public async Task The_token_handler_refreshes_after_the_fake_revokes_its_tokens()
        {
            await using var fake = await OneRosterFakeServer.StartAsync(FakeDistrict.Generate(users: 50));
            var options = fake.CreateClientOptions();
            var users = Users(options, out var http);
            using var _ = http;
            await users.GetUserAsync("usr-0001", fields: null);
            fake.RevokeTokens();
            var user = await users.GetUserAsync("usr-0001", fields: null);
            Assert.That(user.User!.SourcedId, Is.EqualTo("usr-0001"));
            Assert.That(fake.RequestLog.Count(r => r.OperationId == "token"), Is.EqualTo(2));
        }

        [Test]
        public async Task Generated_models_read_the_quirky_records()
        {
            await using var fake = await OneRosterFakeServer.StartAsync(FakeDistrict.Generate(users: 60),
                new FakeServerOptions { JsonBooleans = true, NonSpecEnums = true });
            var users = Users(fake.CreateClientOptions(), out var http);
            using var _ = http;
            var page = await users.GetAllUsersAsync(60, null, null, null, null, null, null);
            Assert.That(page.Users, Has.Count.EqualTo(60));
            Assert.That(page.Users!.SelectMany(u => u.Roles!).Select(r => r.Role?.ToString()), Does.Contain("ext:tutor"));
        }

        private static UsersClient Users(OneRosterClientOptions options, out HttpClient http)
        {
            http = new HttpClient(new OneRosterTokenHandler(options, new HttpClient()) { InnerHandler = new HttpClientHandler() })
            {
                BaseAddress = options.BaseUrl,
            };
            return new UsersClient(http);
        }
    }
}
