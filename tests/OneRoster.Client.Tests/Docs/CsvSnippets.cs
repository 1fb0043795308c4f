using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using OneRoster.Csv;
using OneRoster.Rostering;
using OneRoster.Testing;

namespace OneRoster.Tests.Docs
{
    // The snippets of docs/csv.md, compiled; DocSnippetTests fails when the two drift apart.
    internal static class CsvSnippets
    {
        public static async Task Read()
        {
            CsvBundle bundle = await CsvBundle.OpenAsync("district.zip");          // a .zip, or a folder
            Console.WriteLine($"OneRoster {bundle.Manifest.OneRosterVersion} from {bundle.Manifest.SourceSystemName}");

            await foreach (User user in bundle.ReadAsync(CsvFiles.Users))           // one row in memory at a time
            {
                Console.WriteLine($"{user.SourcedId}: {user.GivenName} {user.FamilyName}");
            }

            await foreach (User user in bundle.ReadCompleteAsync(CsvFiles.Users))   // with roles.csv, userProfiles.csv, userResources.csv
            {
                Console.WriteLine($"{user.SourcedId} is {user.Roles?[0].Role} at {user.Roles?[0].Org?.SourcedId}");
            }
        }

        public static async Task<CsvBundle> Tolerant()
        {
            var problems = new List<CsvProblem>();
            CsvBundle tolerant = await CsvBundle.OpenAsync("district.zip", new CsvReaderOptions { OnProblem = problems.Add });
            return tolerant;
        }

        public static async Task Validate()
        {
            CsvValidationReport report = await CsvBundleValidator.ValidateAsync("district.zip");
            if (!report.IsValid)
            {
                Console.Error.Write(report.ToText());              // users.csv:12:4 (enabledUser) value.boolean: 'yes' is not true or false (lower case).
                File.WriteAllText("district.report.json", report.ToJson());
            }
        }

        public static async Task Write(IAsyncEnumerable<Org> orgs, IAsyncEnumerable<User> users)
        {
            await using (CsvBundleWriter writer = CsvBundleWriter.Create("export.zip", new CsvWriterOptions { SourceSystemName = "Example SIS" }))
            {
                await writer.WriteAsync(CsvFiles.Orgs, orgs);        // IAsyncEnumerable<Org> or IEnumerable<Org>
                await writer.WriteAsync(CsvFiles.Users, users);      // also writes roles.csv, userProfiles.csv, userResources.csv
                await writer.CompleteAsync();                        // manifest.csv, then the zip
            }
        }

        public static async Task Export(OneRosterClient client, CancellationToken cancellationToken)
        {
            var options = new CsvExportOptions();
            options.Writer.SourceSystemName = "Timeback";
            var progress = new Progress<CsvExportProgress>(p => Console.WriteLine($"{p.File}: {p.FileRecords:N0} ({p.TotalRecords:N0} in all)"));

            CsvExportResult result = await client.ExportCsvAsync("district.zip", options, progress, cancellationToken);
            Console.WriteLine($"{result.Rows["users.csv"]:N0} users in {result.Elapsed}");
        }

        public static async Task Fake()
        {
            await using var fake = await OneRosterFakeServer.StartAsync(FakeDistrict.FromCsv("district.zip"));
            using var client = new OneRosterClient(fake.CreateClientOptions());
            var teachers = await client.Teachers.ToListAsync();     // your district's own data, over the REST API
            Console.WriteLine(teachers.Count);
        }
    }
}
