using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;

namespace OneRoster.Packaging.Tests.Support
{
    /// <summary>
    /// A throw-away work directory with a local folder feed, a package version of its own and the build configuration
    /// of the tests, for the tests that pack and install packages like a user. Each run gets its own version because the
    /// restore cache (global packages folder) is shared and a fixed version would be served from it stale;
    /// <see cref="ForgetAsync"/> removes this run's packages from that cache again.
    /// </summary>
    internal sealed class ScratchFeed : IDisposable
    {
        private ScratchFeed(string work, string version)
        {
            Work = work;
            Feed = Directory.CreateDirectory(Path.Combine(work, "feed")).FullName;
            Version = version;
        }

        /// <summary>The work directory; deleted with everything in it by <see cref="Dispose"/>.</summary>
        public string Work { get; }

        public string Feed { get; }

        public string Version { get; }

        /// <summary>The configuration the tests were built in, to pack what was just built.</summary>
        public static string Configuration { get; } = typeof(ScratchFeed).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "Configuration").Value ?? "Release";

        /// <param name="purpose">Names the work directory and the version's pre-release label, e.g. <c>packtest</c>.</param>
        public static ScratchFeed Create(string purpose)
        {
            var work = Path.Combine(Path.GetTempPath(), $"oneroster-{purpose}-{Guid.NewGuid():N}");
            Directory.CreateDirectory(work);
            var shipped = typeof(OneRosterClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];
            return new ScratchFeed(work, $"{shipped}-{purpose}.{DateTime.UtcNow:yyyyMMddHHmmss}");
        }

        /// <summary>Removes this run's version of each package from the shared restore cache; the cache keeps everything else.</summary>
        public async Task ForgetAsync(params string[] packageIds)
        {
            var listing = await DotnetCli.RunAsync(Work, "nuget", "locals", "global-packages", "--list");
            var folder = listing.Split(':', 2)[1].Trim();
            foreach (var id in packageIds)
            {
                var package = Path.Combine(folder, id.ToLowerInvariant());
                var cached = Path.Combine(package, Version);
                if (Directory.Exists(cached))
                {
                    Directory.Delete(cached, recursive: true);
                }
                if (Directory.Exists(package) && !Directory.EnumerateFileSystemEntries(package).Any())
                {
                    Directory.Delete(package);
                }
            }
        }

        public void Dispose()
        {
            if (Directory.Exists(Work))
            {
                Directory.Delete(Work, recursive: true);
            }
        }
    }
}
