using NUnit.Framework;

namespace OneRoster.Csv.Tests.Support
{
    /// <summary>Fixtures whose tests write bundles: a fresh temporary folder per test, deleted after it.</summary>
    public abstract class TempFolderTests
    {
        private TempPaths? _temp;

        internal TempPaths Temp => _temp!;

        [SetUp]
        public void CreateTempFolder() => _temp = new TempPaths();

        [TearDown]
        public void DeleteTempFolder() => _temp?.Dispose();
    }
}
