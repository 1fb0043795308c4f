using System;
using System.IO;
using NUnit.Framework;

namespace OneRoster.Csv.Tests.Support
{
    /// <summary>The repository root, and the reference binding facts beside it (../shared/reference).</summary>
    internal static class Repository
    {
        public static string Root { get; } = FindRoot();

        public static string Read(string relative) => File.ReadAllText(Path.Combine(Root, relative)).Replace("\r", string.Empty, StringComparison.Ordinal);

        /// <summary>The CSV binding reference; CI always has it, a plain clone may not (the test is then skipped, not passed).</summary>
        public static string BindingReference()
        {
            var path = Path.Combine(Environment.GetEnvironmentVariable("ONEROSTER_REFERENCE_DIR") ?? Path.GetFullPath(Path.Combine(Root, "..", "shared", "reference")), "oneroster-csv", "csv-binding.md");
            if (!File.Exists(path))
            {
                if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
                {
                    Assert.Fail($"The CSV binding reference is not at {path}.");
                }
                Assert.Ignore($"The CSV binding reference is not at {path}; set ONEROSTER_REFERENCE_DIR.");
            }
            return File.ReadAllText(path);
        }

        private static string FindRoot()
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "OneRoster.Generated.sln")))
            {
                dir = dir.Parent;
            }
            return dir?.FullName ?? throw new InvalidOperationException("OneRoster.Generated.sln not found above the test directory.");
        }
    }
}
