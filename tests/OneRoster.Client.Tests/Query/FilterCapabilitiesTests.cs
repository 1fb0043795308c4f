using System;
using System.Collections.Generic;
using System.Linq;
using NUnit.Framework;
using OneRoster.Query;

namespace OneRoster.Tests.Query
{
    [TestFixture]
    public class FilterCapabilitiesTests
    {
        [Test]
        public void Standard_preset_allows_everything_the_text_can_say()
        {
            FilterCapabilities standard = FilterCapabilities.Standard;
            Assert.Multiple(() =>
            {
                Assert.That(standard.MaxPredicates, Is.Null);
                Assert.That(standard.AllowsOr && standard.AllowsMixedAndOr && standard.SupportsGrouping, Is.True);
                Assert.That(standard.SupportsContains && standard.SupportsDoubledQuoteEscape && standard.SupportsNestedFields, Is.True);
                // The 1.2 grammar's seven operators; the in-list '@' is Timeback's extension.
                Assert.That(standard.SupportedOperators, Is.EquivalentTo(Enum.GetValues<FilterOperator>().Where(op => op != FilterOperator.In)));
                Assert.That(standard.Supports(FilterOperator.In), Is.False);
            });
        }

        [Test]
        public void Timeback_preset_has_timebacks_limits()
        {
            FilterCapabilities timeback = FilterCapabilities.Timeback;
            Assert.Multiple(() =>
            {
                Assert.That(timeback.MaxPredicates, Is.EqualTo(2));
                Assert.That(timeback.AllowsOr, Is.True);
                Assert.That(timeback.AllowsMixedAndOr, Is.False);
                Assert.That(timeback.SupportsDoubledQuoteEscape, Is.True);
                Assert.That(timeback.SupportsContains, Is.True);
                Assert.That(timeback.SupportsNestedFields, Is.False);
                Assert.That(timeback.Supports(FilterOperator.In), Is.True);
                Assert.That(timeback.CanSend(Filter.Parse("user.sourcedId@'a,b'")), Is.True);
                Assert.That(timeback.CanSend(Filter.Parse("roles.role@'a,b'")), Is.False);
                Assert.That(timeback.MaxInListValues, Is.EqualTo(100));
                Assert.That(() => timeback with { MaxInListValues = 1 }, Throws.InstanceOf<ArgumentOutOfRangeException>());
            });
        }

        [Test]
        public void With_overrides_one_setting_and_compares_by_value()
        {
            FilterCapabilities noContains = FilterCapabilities.Timeback with { SupportsContains = false };
            FilterCapabilities sameAgain = FilterCapabilities.Timeback with { SupportsContains = false };
            Assert.Multiple(() =>
            {
                Assert.That(noContains.Supports(FilterOperator.Contains), Is.False);
                Assert.That(noContains.Supports(FilterOperator.Equal), Is.True);
                Assert.That(noContains, Is.Not.EqualTo(FilterCapabilities.Timeback));
                Assert.That(noContains, Is.EqualTo(sameAgain));
                Assert.That(noContains.GetHashCode(), Is.EqualTo(sameAgain.GetHashCode()));
                Assert.That(FilterCapabilities.Timeback.MaxPredicates, Is.EqualTo(2), "the preset itself is unchanged");
            });
        }

        [Test]
        public void Supported_operators_are_copied_and_compared_as_a_set()
        {
            var operators = new HashSet<FilterOperator> { FilterOperator.Equal, FilterOperator.GreaterThan };
            FilterCapabilities limited = FilterCapabilities.Standard with { SupportedOperators = operators };
            operators.Add(FilterOperator.LessThan);
            Assert.Multiple(() =>
            {
                Assert.That(limited.Supports(FilterOperator.LessThan), Is.False);
                Assert.That(limited, Is.EqualTo(FilterCapabilities.Standard with { SupportedOperators = new HashSet<FilterOperator> { FilterOperator.GreaterThan, FilterOperator.Equal } }));
            });
        }

        [Test]
        public void Text_form_lists_the_settings_and_operator_symbols() =>
            Assert.That(
                (FilterCapabilities.Timeback with { SupportedOperators = new HashSet<FilterOperator> { FilterOperator.Equal, FilterOperator.Contains } }).ToString(),
                Is.EqualTo("FilterCapabilities { MaxPredicates = 2, AllowsOr = True, AllowsMixedAndOr = False, SupportsGrouping = False, SupportedOperators = [= ~], " +
                           "SupportsContains = True, SupportsDoubledQuoteEscape = True, SupportsNestedFields = False, NestedFields = [*.sourcedId], NestedFieldOperators = [= @], MaxServerFilters = 16, MaxInListValues = 100 }"));

        [TestCase("user.sourcedId", true)]
        [TestCase("course.sourcedId", true)]
        [TestCase("sourcedId", false)]
        [TestCase("user.sourcedIdX", false)]
        [TestCase("roles.org.sourcedId", false)]
        public void Nested_field_patterns_match_one_whole_part_per_star(string field, bool listed) =>
            Assert.That(FilterCapabilities.Timeback.IsNestedFieldListed(field), Is.EqualTo(listed));

        [Test]
        public void EdFi_preset_sends_only_equals_and_greater_than_and_no_quoted_quotes()
        {
            FilterCapabilities edFi = FilterCapabilities.EdFi;
            Assert.Multiple(() =>
            {
                Assert.That(edFi.SupportedOperators, Is.EquivalentTo(new[] { FilterOperator.Equal, FilterOperator.GreaterThan }));
                Assert.That(edFi.CanSend(Filter.Parse("familyName='O''Brien'")), Is.False);
                Assert.That(edFi.CanSend(Filter.Parse("dateLastModified>'2026-01-01'")), Is.True);
                Assert.That(edFi.CanSend(Filter.Parse("dateLastModified>='2026-01-01'")), Is.False);
            });
        }

        [Test]
        public void Impossible_settings_are_rejected()
        {
            Assert.Multiple(() =>
            {
                Assert.That(() => FilterCapabilities.Standard with { MaxPredicates = 0 }, Throws.InstanceOf<ArgumentOutOfRangeException>());
                Assert.That(() => FilterCapabilities.Standard with { MaxServerFilters = 0 }, Throws.InstanceOf<ArgumentOutOfRangeException>());
                Assert.That(() => FilterCapabilities.Standard with { SupportedOperators = null! }, Throws.ArgumentNullException);
            });
        }

        [TestCase("a='1'", true)]
        [TestCase("a='1' AND b='2'", true)]
        [TestCase("a='1' OR b='2'", true)]
        [TestCase("a='1' AND b='2' AND c='3'", false)]
        [TestCase("a='1' OR b='2' OR c='3'", false)]
        [TestCase("a='1' AND b='2' OR c='3'", false)]
        [TestCase("roles.role='x'", false)]
        [TestCase("org.sourcedId='x'", true)]
        [TestCase("org.sourcedId>'x'", false)]
        [TestCase("roles.org.sourcedId='x'", false)]
        [TestCase("familyName='O''Brien'", true)]
        [TestCase("familyName~'son'", true)]
        public void Timeback_can_send(string filter, bool expected) =>
            Assert.That(FilterCapabilities.Timeback.CanSend(Filter.Parse(filter)), Is.EqualTo(expected));

        [TestCase("familyName='O''Brien'", false)]
        [TestCase("(a='1' OR b='2') AND c='3'", true)]
        [TestCase("a>='1'", true)]
        public void Standard_without_doubled_quotes_can_send(string filter, bool expected) =>
            Assert.That((FilterCapabilities.Standard with { SupportsDoubledQuoteEscape = false }).CanSend(Filter.Parse(filter)), Is.EqualTo(expected));

        [Test]
        public void Grouping_is_needed_only_for_an_or_inside_an_and()
        {
            FilterCapabilities noGroups = FilterCapabilities.Standard with { SupportsGrouping = false };
            Assert.Multiple(() =>
            {
                Assert.That(noGroups.CanSend(Filter.Parse("a='1' AND b='2' OR c='3'")), Is.True);
                Assert.That(noGroups.CanSend(Filter.Parse("(a='1' OR b='2') AND c='3'")), Is.False);
                Assert.That((FilterCapabilities.Standard with { AllowsOr = false }).CanSend(Filter.Parse("a='1' OR b='2'")), Is.False);
            });
        }
    }
}
