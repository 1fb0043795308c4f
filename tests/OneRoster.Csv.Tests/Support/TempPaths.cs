using System;
using System.IO;

namespace OneRoster.Csv.Tests.Support
{
    /// <summary>A folder under the system's temporary folder, deleted with the instance.</summary>
    internal sealed class TempPaths : IDisposable
    {
        public TempPaths()
        {
            Root = Path.Combine(Path.GetTempPath(), "oneroster-csv-tests-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Root);
        }

        public string Root { get; }

        public string File(string name) => Path.Combine(Root, name);

        public void Dispose()
        {
            if (Directory.Exists(Root))
            {
                Directory.Delete(Root, recursive: true);
            }
        }
    }
}
