using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NUnit.Framework;
using Newtonsoft.Json.Linq;
using OneRoster.Errors;
using OneRoster.Models;
using OneRoster.Tests.Support;
using Rostering = OneRoster.Rostering;

namespace OneRoster.Tests.Models
{
    [TestFixture]
    public class ExtensibleEnumTests
    {
        [Test]
        public void Known_value_compares_equal_to_its_wire_token_in_both_directions()
        {
            string wire = "teacher";
            Assert.Multiple(() =>
            {
                Assert.That(wire == UserRole.Teacher, Is.True);
                Assert.That(UserRole.Teacher == wire, Is.True);
                Assert.That(wire != UserRole.Student, Is.True);
                Assert.That(UserRole.Teacher.Equals((object)"teacher"), Is.True);
                Assert.That(UserRole.Teacher == (UserRole)"teacher", Is.True);
            });
        }

        [Test]
        public void Comparison_is_ordinal_and_case_sensitive_as_the_spec_defines_tokens()
        {
            Assert.That("Teacher" == UserRole.Teacher, Is.False);
        }

        [Test]
        public void Unknown_value_is_accepted_and_keeps_its_exact_text()
        {
            UserRole tutor = "ext:tutor";
            Assert.Multiple(() =>
            {
                Assert.That(tutor.Value, Is.EqualTo("ext:tutor"));
                Assert.That(tutor.IsExtension, Is.True);
                Assert.That(UserRole.KnownValues, Does.Not.Contain(tutor));
                Assert.That(tutor.GetHashCode(), Is.EqualTo(((UserRole)"ext:tutor").GetHashCode()));
            });
        }

        [Test]
        public void Vocabulary_value_assigns_to_a_generated_string_property()
        {
            var role = new Rostering.RoleAssignment { Role = UserRole.Student, RoleType = RoleType.Primary };
            Assert.That(role.Role, Is.EqualTo("student"));
            Assert.That(role.RoleType, Is.EqualTo("primary"));
        }

        [Test]
        public void Null_string_converts_to_null_vocabulary_value()
        {
            string? missing = null;
            UserRole? role = missing;
            Assert.That(role, Is.Null);
        }

        public static IEnumerable<TestCaseData> VocabularyProperties()
        {
            yield return Pair("rostering.yaml", "User", "status", RecordStatus.KnownValues);
            yield return Pair("rostering.yaml", "Org", "type", OrgType.KnownValues);
            yield return Pair("rostering.yaml", "AcademicSession", "type", SessionType.KnownValues);
            yield return Pair("rostering.yaml", "Class", "classType", ClassType.KnownValues);
            yield return Pair("rostering.yaml", "Enrollment", "role", EnrollmentRole.KnownValues);
            yield return Pair("rostering.yaml", "RoleAssignment", "roleType", RoleType.KnownValues);
            yield return Pair("rostering.yaml", "RoleAssignment", "role", UserRole.KnownValues);
            yield return Pair("rostering.yaml", "Demographics", "sex", Sex.KnownValues);
            yield return Pair("gradebook.yaml", "Result", "scoreStatus", ScoreStatus.KnownValues);
            yield return Pair("resources.yaml", "Resource", "importance", Importance.KnownValues);
            yield return Pair("rostering.yaml", "GuidRef", "type", GuidRefType.KnownValues);
            yield return Pair("rostering.yaml", "StatusInfo", "imsx_codeMajor", CodeMajor.KnownValues);
            yield return Pair("rostering.yaml", "StatusInfo", "imsx_severity", Severity.KnownValues);
        }

        [TestCaseSource(nameof(VocabularyProperties))]
        public void Typed_known_values_cover_every_value_our_openapi_document_lists(string document, string schema, string property, string[] typed)
        {
            var doc = ReferenceDocuments.YamlToJson(File.ReadAllText(RepositoryPaths.OpenApi(document)));
            var known = doc["components"]!["schemas"]![schema]!["properties"]![property]!["x-known-values"] as JArray;
            Assert.That(known, Is.Not.Null, $"{schema}.{property} in {document} lists no x-known-values");
            Assert.That(typed, Is.SupersetOf(known!.Select(v => (string)v!)));
        }

        private static TestCaseData Pair<T>(string document, string schema, string property, IReadOnlyList<T> values)
            where T : struct, IExtensibleEnum =>
            new TestCaseData(document, schema, property, values.Select(v => v.Value).ToArray())
                .SetName($"{typeof(T).Name} covers {schema}.{property}");
    }
}
