using System;
using System.IO;
using NUnit.Framework;

namespace OneRoster.Tests.Support
{
    /// <summary>Finds the repository root and the read-only reference documents beside it.</summary>
    internal static class RepositoryPaths
    {
        public static string Root { get; } = FindRoot();

        public static string OpenApi(string name) => Path.Combine(Root, "openapi", name);

        /// <summary>
        /// The 1EdTech and Timeback reference documents live outside the project (../shared/reference).
        /// CI always has them; a plain clone may not, and then the reference tests are skipped, not passed.
        /// </summary>
        public static string ReferenceDirectory()
        {
            var dir = ReferenceDirectoryPath;
            if (!Directory.Exists(dir))
            {
                if (IsCi)
                {
                    Assert.Fail($"Reference documents not found at {dir}.");
                }
                Assert.Ignore($"Reference documents not found at {dir}; set ONEROSTER_REFERENCE_DIR.");
            }
            return dir;
        }

        /// <summary>
        /// False when the reference documents are missing outside CI: test-case sources check this, because an
        /// Ignore thrown while NUnit builds the cases is reported as a failure, not a skip.
        /// </summary>
        public static bool ReferenceDocumentsOrCi => IsCi || Directory.Exists(ReferenceDirectoryPath);

        private static string ReferenceDirectoryPath =>
            Environment.GetEnvironmentVariable("ONEROSTER_REFERENCE_DIR") ?? Path.GetFullPath(Path.Combine(Root, "..", "shared", "reference"));

        private static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

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
