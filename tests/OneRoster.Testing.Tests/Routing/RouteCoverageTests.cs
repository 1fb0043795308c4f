using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using NUnit.Framework;
using OneRoster.Testing.Server;
using OneRoster.Testing.Tests.Support;

namespace OneRoster.Testing.Tests.Routing
{
    /// <summary>
    /// Holds the fake to the project's OpenAPI documents: the route table is exactly the documented operations, and
    /// every operation answers with a status and envelope its document declares.
    /// </summary>
    [TestFixture]
    public class RouteCoverageTests
    {
        private OneRosterFakeServer _fake = null!;
        private FakeApi _api = null!;

        public static IEnumerable<OpenApiOperation> Operations => OpenApiDocuments.Operations;

        /// <summary>Operations with ids in the path, except PUT (which creates an absent record).</summary>
        public static IEnumerable<OpenApiOperation> OperationsWithPathIds => Operations.Where(o => o.Path.Contains('{') && o.Method != "PUT");

        [OneTimeSetUp]
        public async Task StartAsync()
        {
            _fake = await OneRosterFakeServer.StartAsync(FakeDistrict.Generate(users: 200));
            _api = await FakeApi.ConnectAsync(_fake);
        }

        [OneTimeTearDown]
        public async Task StopAsync()
        {
            _api.Dispose();
            await _fake.DisposeAsync();
        }

        [Test]
        public void Documents_declare_141_operations_plus_the_3_Timeback_spellings_of_the_nested_resource_lists()
        {
            Assert.That(Operations.Select(o => o.OperationId).Distinct().Count(), Is.EqualTo(144));
            Assert.That(Operations.Count(o => o.OperationId.EndsWith("Timeback", System.StringComparison.Ordinal)), Is.EqualTo(3));
        }

        [Test]
        public void Route_table_holds_exactly_the_documented_methods_paths_and_operationIds()
        {
            var documented = Operations.Select(o => $"{o.Method} {o.Path} {o.OperationId}").OrderBy(s => s).ToList();
            var served = RequestPipeline.Routes.Routes.Select(r => $"{r.Method} {r.Template.Text} {r.OperationId}").OrderBy(s => s).ToList();
            Assert.That(served.Except(documented), Is.Empty, "Routes not in the documents");
            Assert.That(documented.Except(served), Is.Empty, "Documented operations without a route");
        }

        [TestCaseSource(nameof(Operations))]
        public async Task Every_operation_answers_with_a_declared_success_status_and_envelope(OpenApiOperation op)
        {
            var (path, body) = await OperationScenario.PrepareAsync(op, _fake, _api);
            var response = await _api.SendAsync(new HttpMethod(op.Method), path, body);
            Assert.That(op.SuccessStatuses, Does.Contain(response.Status), $"{op.Method} {path}: {response}");
            Assert.That(_fake.RequestLog.Last().OperationId, Is.EqualTo(op.OperationId), "routed to the documented operation");
            EnvelopeAssert.Matches(op, response);
        }

        [TestCaseSource(nameof(OperationsWithPathIds))]
        public async Task Every_operation_answers_404_unknownobject_for_ids_that_do_not_exist(OpenApiOperation op)
        {
            var path = Regex.Replace(op.Path, "{[^}]+}", "no-such-id").TrimStart('/');
            var (_, body) = op.Method == "POST" ? await OperationScenario.PrepareAsync(op, _fake, _api) : (path, null);
            var response = await _api.SendAsync(new HttpMethod(op.Method), path, body);
            Assert.That(response.Status, Is.EqualTo(404), $"{op.Method} {path}: {response}");
            Assert.That(response.CodeMinor, Is.EqualTo("unknownobject"));
            Assert.That((string?)response.Body["imsx_codeMajor"], Is.EqualTo("failure"));
        }

        [Test]
        public async Task Every_operation_without_a_bearer_token_answers_401_with_status_info()
        {
            using var anonymous = FakeApi.Anonymous(_fake);
            foreach (var op in Operations)
            {
                var path = Regex.Replace(op.Path, "{[^}]+}", "x").TrimStart('/');
                var response = await anonymous.SendAsync(new HttpMethod(op.Method), path, null);
                Assert.That(response.Status, Is.EqualTo(401), $"{op.Method} {path}");
                Assert.That(response.CodeMinor, Is.EqualTo("unauthorisedrequest"), op.OperationId);
            }
        }
    }
}
