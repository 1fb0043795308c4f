using System;
using System.IO;
using System.Threading.Tasks;
using NUnit.Framework;
using OneRoster.Sync.Tests.Contract;

namespace OneRoster.Sync.Tests.Sqlite
{
    /// <summary>The store contract on a SQLite file in a temporary folder, one file per test.</summary>
    [TestFixture]
    [Parallelizable(ParallelScope.Children)]
    public class SqliteStoreContractTests : RosterStoreContractTests
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "oneroster-sync-tests-" + Guid.NewGuid().ToString("N")[..8]);

        [OneTimeSetUp]
        public void CreateFolder() => Directory.CreateDirectory(_folder);

        [OneTimeTearDown]
        public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

        protected override Task<IRosterStore> CreateStoreAsync() =>
            Task.FromResult<IRosterStore>(new SqliteRosterStore(Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db")));
    }
}
