using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using OneRoster.Testing;
using OneRoster.Tests.Support;
using static OneRoster.Testing.FakeCollections;

namespace OneRoster.Tests.Integration
{
    /// <summary>
    /// The fake against the 1EdTech OneRoster 1.2 reference documents (../shared/reference/oneroster-1.2): every path
    /// of the standard answers, with real ids from the district, the success status the reference declares and,
    /// where it declares a body, that body's envelope key. Plain HTTP, so nothing of the client smooths the answer.
    /// </summary>
    [TestFixture]
    public class ReferenceConformanceTests
    {
        private OneRosterFakeServer _fake = null!;
        private HttpClient _http = null!;
        private DistrictSnapshot _district = null!;

        [OneTimeSetUp]
        public async Task Start()
        {
            _fake = await OneRosterFakeServer.StartAsync(FakeDistrict.Generate(users: 300));
            _http = new HttpClient { BaseAddress = _fake.BaseUrl };
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _fake.IssueAccessToken());
            _district = new DistrictSnapshot(_fake.Data);
        }

        [OneTimeTearDown]
        public async Task Stop()
        {
            _http.Dispose();
            await _fake.DisposeAsync();
        }

        public static IEnumerable<TestCaseData> Operations() =>
            Support.RepositoryPaths.ReferenceDocumentsOrCi
                ? ReferenceDocuments.StandardOperations().Select(o => new TestCaseData(o.OperationId).SetArgDisplayNames($"{o.OperationId} {o.Method} {o.Path}"))
                : new[] { new TestCaseData("none").Ignore("Reference documents not found; set ONEROSTER_REFERENCE_DIR.") };

        [Test]
        public void Every_operation_of_the_three_standard_documents_is_checked()
        {
            var all = ReferenceDocuments.StandardOperations(); // skips this test when the documents are missing
            Assert.That(all, Has.Count.EqualTo(81));
            Assert.That(Operations().Select(c => c.Arguments[0]), Is.EqualTo(all.Select(o => o.OperationId)));
        }

        [TestCaseSource(nameof(Operations))]
        public async Task Path_answers_with_the_declared_status_and_envelope(string operationId)
        {
            var operation = ReferenceDocuments.StandardOperations().Single(o => o.OperationId == operationId);
            var declared = Declared(operation);
            var (record, path) = Resolve(operation);
            using var request = new HttpRequestMessage(new HttpMethod(operation.Method), path.TrimStart('/'));
            if (declared.RequestKey is { } requestKey)
            {
                JToken body = declared.RequestIsList ? new JArray(Copy(record!)) : record!;
                request.Content = new StringContent(new JObject { [requestKey] = body }.ToString(), Encoding.UTF8, "application/json");
            }

            using var response = await _http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();

            Assert.That((int)response.StatusCode, Is.EqualTo(declared.Status), $"{operation.Method} {path}: {text}");
            if (declared.ResponseKey is { } key)
            {
                Assert.That(JObject.Parse(text).Properties().Select(p => p.Name), Does.Contain(key), text);
            }
        }

        /// <summary>What the reference declares: the first 2xx status, its body's single key, and the request body's key.</summary>
        private static (int Status, string? ResponseKey, string? RequestKey, bool RequestIsList) Declared(ReferenceOperation operation)
        {
            var doc = ReferenceDocuments.StandardDocuments.Single(d => d.Name == operation.Source).Doc;
            var op = doc["paths"]![operation.Path[("/ims/oneroster/" + operation.Source + "/v1p2").Length..]]![operation.Method.ToLowerInvariant()]!;
            var success = ((JObject)op["responses"]!).Properties().First(p => p.Name.StartsWith('2'));
            var responseKey = SchemaKeys(doc, success.Value["content"]?["application/json"]?["schema"]).FirstOrDefault();
            var requestSchema = op["requestBody"]?["content"]?["application/json"]?["schema"];
            var requestKey = SchemaKeys(doc, requestSchema).FirstOrDefault();
            var isList = requestKey is not null && Schema(doc, requestSchema)!["properties"]![requestKey]!["type"]?.ToString() == "array";
            return (int.Parse(success.Name), responseKey, requestKey, isList);
        }

        private static JToken? Schema(JObject doc, JToken? schema) =>
            schema?["$ref"] is { } reference ? doc.SelectToken(((string)reference!).TrimStart('#').Replace('/', '.').TrimStart('.')) : schema;

        private static IEnumerable<string> SchemaKeys(JObject doc, JToken? schema) =>
            (Schema(doc, schema)?["properties"] as JObject)?.Properties().Select(p => p.Name) ?? Enumerable.Empty<string>();

        /// <summary>
        /// Fills the path with ids of records that exist and belong together (a class, its school, a student of it, one of
        /// its line items). A DELETE gets a fresh copy to remove; a PUT replaces a copy, or a write's body is a copy.
        /// </summary>
        private (JObject? Record, string Path) Resolve(ReferenceOperation operation)
        {
            var enrollment = _district.Where(Enrollments, "role='student'").First();
            var classId = (string)enrollment["class"]!["sourcedId"]!;
            var ids = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["classSourcedId"] = classId,
                ["schoolSourcedId"] = (string)enrollment["school"]!["sourcedId"]!,
                ["studentSourcedId"] = (string)enrollment["user"]!["sourcedId"]!,
                ["userSourcedId"] = (string)enrollment["user"]!["sourcedId"]!,
                ["teacherSourcedId"] = _district.Enrolled($"class.sourcedId='{classId}' AND role='teacher'", "user").First(),
                ["courseSourcedId"] = _district.RefsOf(Classes, classId, "course.sourcedId").First(),
                ["termSourcedId"] = _district.RefsOf(Classes, classId, "terms[*].sourcedId").First(),
                ["academicSessionSourcedId"] = _district.RefsOf(Classes, classId, "terms[*].sourcedId").First(),
                ["lineItemSourcedId"] = _district.IdsWhere(LineItems, $"class.sourcedId='{classId}'").First(),
            };
            var (collection, serves) = CollectionOf(operation);
            var record = collection is null ? null : Copy(_district.Where(collection, serves).First());
            if (record is not null && operation.Path.EndsWith("{sourcedId}", StringComparison.Ordinal))
            {
                if (operation.Method is "GET")
                {
                    record["sourcedId"] = _district.IdsWhere(collection!, serves).First();
                }
                else
                {
                    record["sourcedId"] = "reference-" + operation.OperationId;
                    _fake.Data.Add(collection!, (JObject)record.DeepClone());
                }
                ids["sourcedId"] = (string)record["sourcedId"]!;
            }
            var path = Regex.Replace(operation.Path, "\\{([^}]+)\\}", m => Uri.EscapeDataString(ids[m.Groups[1].Value]));
            return (record, path);
        }

        /// <summary>The collection whose record the path names or the body carries.</summary>
        private static (string? Collection, string? Serves) CollectionOf(ReferenceOperation operation)
        {
            if (operation.Path.EndsWith("/results", StringComparison.Ordinal))
            {
                return (Results, null);
            }
            if (operation.Path.EndsWith("/lineItems", StringComparison.Ordinal))
            {
                return (LineItems, null);
            }
            var segment = operation.Path.Split('/')[5];
            return segment switch
            {
                "schools" => (Orgs, "type='school'"),
                "students" => (Users, "roles.role='student'"),
                "teachers" => (Users, "roles.role='teacher'"),
                "terms" => (AcademicSessions, "type='term'"),
                "gradingPeriods" => (AcademicSessions, "type='gradingPeriod'"),
                _ => (segment, null),
            };
        }

        private static JObject Copy(JObject record)
        {
            var copy = (JObject)record.DeepClone();
            copy.Remove("sourcedId");
            return copy;
        }
    }
}
