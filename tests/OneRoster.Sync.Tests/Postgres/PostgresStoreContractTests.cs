using System.Threading.Tasks;
using NUnit.Framework;
using OneRoster.Sync.Tests.Contract;

namespace OneRoster.Sync.Tests.Postgres
{
    /// <summary>
    /// The store contract on a real PostgreSQL server (<see cref="PostgresTestServer"/>): every test's store is a new
    /// <see cref="PostgresRosterStore"/> (its own connection pool) on the fixture's schema, each test its own tenant.
    /// </summary>
    [TestFixture]
    [Parallelizable(ParallelScope.Children)]
    public class PostgresStoreContractTests : RosterStoreContractTests
    {
        private PostgresTestSchema? _schema;

        [OneTimeSetUp]
        public async Task CreateSchema() => _schema = await PostgresTestServer.CreateSchemaAsync();

        [OneTimeTearDown]
        public async Task DropSchema()
        {
            if (_schema is not null)
            {
                await _schema.DisposeAsync();
            }
        }

        protected override Task<IRosterStore> CreateStoreAsync() =>
            Task.FromResult<IRosterStore>(new PostgresRosterStore(_schema!.ConnectionString, _schema.Name));
    }
}
