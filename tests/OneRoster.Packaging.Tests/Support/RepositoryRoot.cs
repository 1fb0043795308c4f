using System;
using System.IO;

namespace OneRoster.Packaging.Tests.Support
{
    /// <summary>The repository root: the first directory above the test output that holds the solution.</summary>
    internal static class RepositoryRoot
    {
        public static string Path { get; } = Find();

        public static string Combine(params string[] parts) => System.IO.Path.Combine(Path, System.IO.Path.Combine(parts));

        private static string Find()
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "OneRoster.Generated.sln")))
            {
                dir = dir.Parent;
            }
            return dir?.FullName ?? throw new InvalidOperationException("OneRoster.Generated.sln not found above the test directory.");
        }
    }
}
