using System.IO;
using System.Security;

namespace OneRoster.Packaging.Tests.Support
{
    /// <summary>A throw-away console app that consumes the packages the way a user would: by PackageReference.</summary>
    internal static class ConsoleProject
    {
        public static string Write(string directory, string feed, string version)
        {
            Directory.CreateDirectory(directory);
            // Stop MSBuild's upward search so nothing from the temp directory's parents leaks in.
            File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />\n");
            File.WriteAllText(Path.Combine(directory, "Directory.Build.targets"), "<Project />\n");
            File.WriteAllText(Path.Combine(directory, "Directory.Packages.props"), "<Project />\n");
            // No <clear/>: the local feed is added to the machine's configured sources, which serve the dependencies.
            File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="oneroster-local" value="{SecurityElement.Escape(feed)}" />
                  </packageSources>
                </configuration>
                """);
            File.WriteAllText(Path.Combine(directory, "App.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>disable</ImplicitUsings>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="OneRoster.Client" Version="{version}" />
                    <PackageReference Include="OneRoster.Testing" Version="{version}" />
                    <PackageReference Include="OneRoster.Csv" Version="{version}" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(directory, "Program.cs"), """
                using System;
                using System.IO;
                using OneRoster;
                using OneRoster.Csv;
                using OneRoster.Paging;
                using OneRoster.Rostering;
                using OneRoster.Testing;

                await using var fake = await OneRosterFakeServer.StartAsync(FakeDistrict.Generate(users: 30));
                using var client = new OneRosterClient(fake.CreateClientOptions());
                Page<User> page = await client.Users.ListAsync(q => q.Limit(5));
                Console.WriteLine($"listed={page.Items.Count} total={page.TotalCount} first-has-id={!string.IsNullOrEmpty(page.Items[0].SourcedId)}");
                var bundle = Path.Combine(Path.GetTempPath(), $"oneroster-pack-{Guid.NewGuid():N}.zip");
                var exported = await client.ExportCsvAsync(bundle);
                var loaded = FakeDistrict.FromCsv(bundle);
                File.Delete(bundle);
                Console.WriteLine($"exported-users={exported.Rows["users.csv"]} loaded-users={loaded.Count("users")}");
                """);
            return directory;
        }
    }
}
