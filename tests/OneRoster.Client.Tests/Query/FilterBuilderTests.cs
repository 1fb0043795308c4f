using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using NUnit.Framework;
using OneRoster.Models;
using OneRoster.Query;
using OneRoster.Rostering;

namespace OneRoster.Tests.Query
{
    [TestFixture]
    public class FilterBuilderTests
    {
        private static IEnumerable<BuilderCase> Cases => FilterBuilderCases.All;

        [Test]
        public void The_table_has_at_least_sixty_cases() =>
            Assert.That(FilterBuilderCases.All, Has.Count.GreaterThanOrEqualTo(60));

        [TestCaseSource(nameof(Cases))]
        public void Builder_writes_the_exact_filter_text(BuilderCase c) =>
            Assert.That(c.Build().ToString(), Is.EqualTo(c.Text));

        [TestCaseSource(nameof(Cases))]
        public void Filter_text_is_escaped_once_into_the_query_value(BuilderCase c) =>
            Assert.That(OneRosterQuery.Empty.Where(c.Build()).ToQueryString(), Is.EqualTo("filter=" + c.Encoded));

        [TestCaseSource(nameof(Cases))]
        public async Task Generated_client_sends_exactly_the_encoded_filter(BuilderCase c)
        {
            var handler = new RecordingHandler();
            using var http = new HttpClient(handler) { BaseAddress = new Uri("https://provider.example/") };

            await new UsersClient(http).GetAllUsersAsync(filter: c.Build().ToString());

            Assert.That(handler.Query, Is.EqualTo("?filter=" + c.Encoded));
        }

        [TestCaseSource(nameof(Cases))]
        public void Parsing_the_text_gives_back_an_equal_filter(BuilderCase c)
        {
            Filter built = c.Build();
            Filter parsed = Filter.Parse(built.ToString());
            Assert.Multiple(() =>
            {
                Assert.That(parsed, Is.EqualTo(built));
                Assert.That(parsed.GetHashCode(), Is.EqualTo(built.GetHashCode()));
                Assert.That(parsed.ToString(), Is.EqualTo(c.Text));
            });
        }

        [Test]
        public void Filters_are_immutable_and_builders_reusable()
        {
            FieldFilterBuilder role = Filter.Field("role");
            Filter teacher = role.EqualTo("teacher");
            Filter both = teacher.And(role.EqualTo("aide"));
            Assert.Multiple(() =>
            {
                Assert.That(teacher.ToString(), Is.EqualTo("role='teacher'"));
                Assert.That(both.ToString(), Is.EqualTo("role='teacher' AND role='aide'"));
                Assert.That(role.EqualTo("teacher"), Is.EqualTo(teacher).And.Not.SameAs(teacher));
            });
        }

        [Test]
        public void Typed_and_text_values_with_the_same_text_are_the_same_filter() =>
            Assert.That(Filter.Field("score").EqualTo(5), Is.EqualTo(Filter.Field("score").EqualTo("5")));

        [Test]
        public void Different_order_of_operands_is_a_different_filter()
        {
            Filter a = Filter.Field("a").EqualTo("1");
            Filter b = Filter.Field("b").EqualTo("2");
            Assert.That(a.And(b), Is.Not.EqualTo(b.And(a)));
        }

        [Test]
        public void Tree_exposes_predicates_and_logic()
        {
            var tree = (LogicalFilter)Filter.Field("status").EqualTo("active").And(Filter.Field("role").In("teacher", "aide"));
            var status = (PredicateFilter)tree.Operands[0];
            var roles = (LogicalFilter)tree.Operands[1];
            Assert.Multiple(() =>
            {
                Assert.That(tree.Operator, Is.EqualTo(LogicalOperator.And));
                Assert.That(tree.PredicateCount, Is.EqualTo(3));
                Assert.That((status.FieldName, status.Operator, status.Value), Is.EqualTo(("status", FilterOperator.Equal, "active")));
                Assert.That(roles.Operator, Is.EqualTo(LogicalOperator.Or));
                Assert.That(roles.Operands, Has.Count.EqualTo(2));
            });
        }

        private static IEnumerable<TestCaseData> BadInput()
        {
            yield return new TestCaseData(new TestDelegate(() => Filter.Field(null!))).SetArgDisplayNames("null field name");
            yield return new TestCaseData(new TestDelegate(() => Filter.Field(""))).SetArgDisplayNames("empty field name");
            yield return new TestCaseData(new TestDelegate(() => Filter.Field("role='x' OR status"))).SetArgDisplayNames("syntax in field name");
            yield return new TestCaseData(new TestDelegate(() => Filter.Field("org..sourcedId"))).SetArgDisplayNames("empty nested segment");
            yield return new TestCaseData(new TestDelegate(() => Filter.Field("org."))).SetArgDisplayNames("trailing dot");
            yield return new TestCaseData(new TestDelegate(() => Filter.Field("given name"))).SetArgDisplayNames("space in field name");
            yield return new TestCaseData(new TestDelegate(() => Filter.Field("role").In())).SetArgDisplayNames("empty In");
            yield return new TestCaseData(new TestDelegate(() => Filter.Field("role").NotIn())).SetArgDisplayNames("empty NotIn");
            yield return new TestCaseData(new TestDelegate(() => Filter.Field("role").In(new List<string>()))).SetArgDisplayNames("empty In list");
            yield return new TestCaseData(new TestDelegate(() => Filter.Field("role").In("a", null))).SetArgDisplayNames("null in In");
            yield return new TestCaseData(new TestDelegate(() => Filter.Field("role").EqualTo((string?)null))).SetArgDisplayNames("null value");
            yield return new TestCaseData(new TestDelegate(() => Filter.Field("role").EqualTo(default(FilterValue)))).SetArgDisplayNames("default value");
            yield return new TestCaseData(new TestDelegate(() => Filter.Field("role").EqualTo((UserRole)null!))).SetArgDisplayNames("null vocabulary value");
            yield return new TestCaseData(new TestDelegate(() => Filter.Field("a").Compare("<>", "x"))).SetArgDisplayNames("unknown operator symbol");
            yield return new TestCaseData(new TestDelegate(() => Filter.Field("a").Compare("==", "x"))).SetArgDisplayNames("double equals");
            yield return new TestCaseData(new TestDelegate(() => Filter.Field("a").Compare((FilterOperator)42, "x"))).SetArgDisplayNames("undefined operator value");
            yield return new TestCaseData(new TestDelegate(() => Filter.Field("a").EqualTo(double.NaN))).SetArgDisplayNames("NaN");
            yield return new TestCaseData(new TestDelegate(() => Filter.Field("a").EqualTo(double.PositiveInfinity))).SetArgDisplayNames("infinity");
            yield return new TestCaseData(new TestDelegate(() => Filter.Field("a").EqualTo("1").And(null!))).SetArgDisplayNames("And null");
            yield return new TestCaseData(new TestDelegate(() => Filter.Field("a").EqualTo("1").Or(null!))).SetArgDisplayNames("Or null");
            yield return new TestCaseData(new TestDelegate(() => Filter.AllOf())).SetArgDisplayNames("AllOf nothing");
            yield return new TestCaseData(new TestDelegate(() => Filter.AnyOf(Filter.Field("a").EqualTo("1"), null!))).SetArgDisplayNames("AnyOf with null");
        }

        [TestCaseSource(nameof(BadInput))]
        public void Bad_builder_input_throws_argument_exception(TestDelegate build) =>
            Assert.That(build, Throws.InstanceOf<ArgumentException>());
    }
}
