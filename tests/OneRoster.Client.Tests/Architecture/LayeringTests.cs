using System.Linq;
using NUnit.Framework;

namespace OneRoster.Tests.Architecture
{
    /// <summary>The client's layers point one way: facade → query planning → paging → HTTP pipeline → generated client → models.</summary>
    [TestFixture]
    public class LayeringTests
    {
        [Test]
        public void No_layer_of_the_client_uses_a_layer_above_it()
        {
            var references = TypeReferences.Read(typeof(OneRosterClient).Assembly.Location);

            Assert.That(Layers.BackwardReferences(references), Is.Empty);
        }

        [Test]
        public void Every_namespace_of_the_client_has_a_layer()
        {
            var namespaces = typeof(OneRosterClient).Assembly.GetTypes()
                .Where(t => !t.IsNested && t.Namespace is { } ns && (ns.StartsWith("OneRoster", System.StringComparison.Ordinal) || ns.StartsWith("Microsoft.Extensions", System.StringComparison.Ordinal)))
                .Select(t => t.FullName!)
                .Where(name => Layers.RankOf(name) is null)
                .ToList();

            Assert.That(namespaces, Is.Empty, "a new namespace needs its place in Layers.Order and docs/architecture.md");
        }

        [Test]
        public void The_check_reports_a_lower_layer_that_uses_a_higher_one()
        {
            var references = new[]
            {
                ("OneRoster.Http.ApiTransport", "OneRoster.Query.Filter"),
                ("OneRoster.Paging.Paginator", "OneRoster.Http.Answer"),
                ("OneRoster.Http.OneRosterPipeline", "OneRoster.OneRosterClientOptions"),
                ("OneRoster.OneRosterProvider", "OneRoster.Collections.RecordList`1"),
            };

            Assert.That(Layers.BackwardReferences(references), Is.EqualTo(new[]
            {
                "OneRoster.Http.ApiTransport (HTTP pipeline) uses OneRoster.Query.Filter (query planning)",
                "OneRoster.OneRosterProvider (configuration) uses OneRoster.Collections.RecordList`1 (facade)",
            }));
        }

        [Test]
        public void The_reader_sees_uses_inside_method_bodies()
        {
            var references = TypeReferences.Read(typeof(OneRosterClient).Assembly.Location);

            // ApiTransport.SendAsync builds its exceptions through the mapper inside an async state machine.
            Assert.That(references, Does.Contain(("OneRoster.Http.ApiTransport", "OneRoster.Errors.OneRosterErrorMapper")));
            // The facade reaches the generated operation table, e.g. UsersClient.Operations.GetAllUsers.
            Assert.That(references, Does.Contain(("OneRoster.OneRosterClient", "OneRoster.Rostering.UsersClient")));
        }
    }
}
