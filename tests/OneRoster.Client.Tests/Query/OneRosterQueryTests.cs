using System;
using System.Net.Http;
using System.Threading.Tasks;
using NUnit.Framework;
using OneRoster.Models;
using OneRoster.Query;
using OneRoster.Rostering;

namespace OneRoster.Tests.Query
{
    [TestFixture]
    public class OneRosterQueryTests
    {
        private static readonly OneRosterQuery Full = OneRosterQuery.Empty
            .Where(Filter.Field("status").EqualTo("active"))
            .OrderBy("familyName")
            .Fields("sourcedId", "givenName", "familyName")
            .Limit(100)
            .Offset(200)
            .Search("ann");

        [Test]
        public void Empty_query_sends_no_parameters()
        {
            Assert.Multiple(() =>
            {
                Assert.That(OneRosterQuery.Empty.ToQueryString(), Is.Empty);
                Assert.That(OneRosterQuery.Empty.FilterText, Is.Null);
                Assert.That(OneRosterQuery.Empty.FieldsText, Is.Null);
                Assert.That(OneRosterQuery.Empty.FieldNames, Is.Empty);
            });
        }

        [Test]
        public void Every_parameter_is_escaped_once_in_the_generated_clients_order() =>
            Assert.That(
                Full.ToQueryString(),
                Is.EqualTo("limit=100&offset=200&sort=familyName&orderBy=asc&filter=status%3D%27active%27&fields=sourcedId%2CgivenName%2CfamilyName&search=ann"));

        [Test]
        public async Task Generated_client_sends_the_same_query_string()
        {
            var handler = new RecordingHandler();
            using var http = new HttpClient(handler) { BaseAddress = new Uri("https://provider.example/") };
            OneRosterQuery q = Full.OrderByDescending("dateLastModified").Where("givenName~'O''Neil'");

            await new UsersClient(http).GetAllUsersAsync(q.LimitValue, q.OffsetValue, q.SortField, q.SortDirection?.Value, q.FilterText, q.FieldsText, q.SearchText);

            Assert.That(handler.Query, Is.EqualTo("?" + q.ToQueryString()));
            Assert.That(q.ToQueryString(), Does.Contain("sort=dateLastModified&orderBy=desc&filter=status%3D%27active%27%20AND%20givenName~%27O%27%27Neil%27&"));
        }

        [Test]
        public void The_example_in_docs_filtering_md_sends_what_it_says()
        {
            OneRosterQuery q = OneRosterQuery.Empty
                .Where(Filter.Field("status").EqualTo("active"))
                .Where("familyName~'son'")
                .OrderBy("familyName")
                .Fields("sourcedId", "givenName", "familyName")
                .Limit(100)
                .Offset(200);
            Assert.Multiple(() =>
            {
                Assert.That(q.FilterText, Is.EqualTo("status='active' AND familyName~'son'"));
                Assert.That(q.FieldsText, Is.EqualTo("sourcedId,givenName,familyName"));
                Assert.That(q.ToQueryString(), Is.EqualTo("limit=100&offset=200&sort=familyName&orderBy=asc&filter=status%3D%27active%27%20AND%20familyName~%27son%27&fields=sourcedId%2CgivenName%2CfamilyName"));
            });
        }

        [Test]
        public void Properties_expose_each_parameter()
        {
            Assert.Multiple(() =>
            {
                Assert.That(Full.FilterText, Is.EqualTo("status='active'"));
                Assert.That(Full.SortField, Is.EqualTo("familyName"));
                Assert.That(Full.SortDirection, Is.EqualTo(SortOrder.Ascending));
                Assert.That(Full.FieldNames, Is.EqualTo(new[] { "sourcedId", "givenName", "familyName" }));
                Assert.That(Full.FieldsText, Is.EqualTo("sourcedId,givenName,familyName"));
                Assert.That(Full.LimitValue, Is.EqualTo(100));
                Assert.That(Full.OffsetValue, Is.EqualTo(200));
                Assert.That(Full.SearchText, Is.EqualTo("ann"));
            });
        }

        [Test]
        public void Each_call_returns_a_new_query_and_leaves_the_old_one_alone()
        {
            OneRosterQuery first = OneRosterQuery.Empty.Limit(5);
            OneRosterQuery second = first.Offset(3).OrderByDescending("familyName");
            Assert.Multiple(() =>
            {
                Assert.That(second, Is.Not.SameAs(first));
                Assert.That(first.OffsetValue, Is.Null);
                Assert.That(first.SortField, Is.Null);
                Assert.That(second.LimitValue, Is.EqualTo(5));
                Assert.That(second.SortDirection, Is.EqualTo(SortOrder.Descending));
                Assert.That(OneRosterQuery.Empty.LimitValue, Is.Null);
            });
        }

        [Test]
        public void Where_twice_joins_the_filters_with_and()
        {
            OneRosterQuery q = OneRosterQuery.Empty.Where("status='active'").Where(Filter.Field("role").In("teacher", "aide"));
            Assert.That(q.FilterText, Is.EqualTo("status='active' AND (role='teacher' OR role='aide')"));
        }

        [Test]
        public void Later_sort_and_fields_replace_earlier_ones_and_repeated_fields_are_dropped()
        {
            OneRosterQuery q = OneRosterQuery.Empty.OrderBy("a").OrderByDescending("b").Fields("x").Fields("y", "z", "y");
            Assert.Multiple(() =>
            {
                Assert.That((q.SortField, q.SortDirection?.Value), Is.EqualTo(("b", "desc")));
                Assert.That(q.FieldsText, Is.EqualTo("y,z"));
            });
        }

        [Test]
        public void Limit_offset_and_names_are_validated()
        {
            Assert.Multiple(() =>
            {
                Assert.That(() => OneRosterQuery.Empty.Limit(0), Throws.InstanceOf<ArgumentOutOfRangeException>());
                Assert.That(() => OneRosterQuery.Empty.Limit(-1), Throws.InstanceOf<ArgumentOutOfRangeException>());
                Assert.That(OneRosterQuery.Empty.Limit(1).LimitValue, Is.EqualTo(1));
                Assert.That(() => OneRosterQuery.Empty.Offset(-1), Throws.InstanceOf<ArgumentOutOfRangeException>());
                Assert.That(OneRosterQuery.Empty.Offset(0).OffsetValue, Is.Zero);
                Assert.That(() => OneRosterQuery.Empty.Fields(), Throws.ArgumentException);
                Assert.That(() => OneRosterQuery.Empty.Fields(null!), Throws.InstanceOf<ArgumentException>());
                Assert.That(() => OneRosterQuery.Empty.Fields("a", ""), Throws.ArgumentException);
                Assert.That(() => OneRosterQuery.Empty.Fields("a", null!), Throws.InstanceOf<ArgumentException>());
                Assert.That(() => OneRosterQuery.Empty.Fields("a,b"), Throws.ArgumentException);
                Assert.That(() => OneRosterQuery.Empty.OrderBy(""), Throws.ArgumentException);
                Assert.That(() => OneRosterQuery.Empty.OrderByDescending(null!), Throws.InstanceOf<ArgumentException>());
                Assert.That(() => OneRosterQuery.Empty.Search(" "), Throws.ArgumentException);
                Assert.That(() => OneRosterQuery.Empty.Where((Filter)null!), Throws.ArgumentNullException);
                Assert.That(() => OneRosterQuery.Empty.Where("status="), Throws.InstanceOf<FilterParseException>());
            });
        }
    }
}
