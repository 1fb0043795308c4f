using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using OneRoster.Cli.Hosting;
using OneRoster.Cli.Output;
using OneRoster.Cli.Records;
using OneRoster.Csv;
using Spectre.Console;

namespace OneRoster.Cli.Commands
{
    /// <summary><c>oneroster export csv --out district.zip</c>: the provider into a OneRoster CSV bundle (<c>ExportCsvAsync</c>).</summary>
    internal static class ExportCommand
    {
        public static Command Create(CliHost host, GlobalOptions globals)
        {
            var outPath = new Option<string>("--out") { Description = "The bundle to write: a .zip path, or a new or empty folder.", Required = true, HelpName = "path" };
            var collections = new Option<string?>("--collections")
            {
                Description = "Comma-separated collections to export (default all): " + string.Join(", ", Exportable().Select(f => f.Key)) + ".",
                HelpName = "list",
            };
            var since = new Option<DateTimeOffset?>("--since") { Description = "Export only records changed after this ISO 8601 instant, as a delta bundle.", HelpName = "instant" };
            var sourceSystem = new Option<string?>("--source-system") { Description = "The manifest's source.systemName.", HelpName = "name" };
            var csv = new Command("csv", "Export the provider into a OneRoster CSV bundle, one collection after the other (a progress bar per collection on a terminal).")
            {
                outPath, collections, since, sourceSystem,
            };
            CommandAction.Set(csv, host, globals, async context =>
            {
                var options = new CsvExportOptions();
                var chosen = Chosen(context.Value(collections));
                options.Files.Clear();
                foreach (var file in chosen)
                {
                    options.Files.Add(file);
                }
                if (context.Value(since) is { } changedSince)
                {
                    options.ChangedSince = changedSince;
                    options.Writer.Mode = CsvFileMode.Delta;
                }
                options.Writer.SourceSystemName = context.Value(sourceSystem);
                var path = context.Value(outPath);

                using var client = context.CreateClient();
                var result = context.ShowProgress
                    ? await WithProgressAsync(context, client, path, options, chosen).ConfigureAwait(false)
                    : await client.ExportCsvAsync(path, options, null, context.CancellationToken).ConfigureAwait(false);
                Report(context, result);
                return ExitCodes.Ok;
            });
            return new Command("export", "Export the provider into a file.") { csv };
        }

        private static IEnumerable<(string Key, CsvFile File)> Exportable() =>
            OneRosterClientCsvExtensions.ExportableFiles.Select(f => (f.Name[..^".csv".Length], f));

        private static IReadOnlyList<CsvFile> Chosen(string? list)
        {
            var names = ListCommand.SplitList(list);
            if (names.Count == 0)
            {
                return OneRosterClientCsvExtensions.ExportableFiles;
            }
            var files = new List<CsvFile>();
            foreach (var name in names)
            {
                var key = name.Replace("-", string.Empty, StringComparison.Ordinal).Replace(".csv", string.Empty, StringComparison.OrdinalIgnoreCase);
                var match = Exportable().FirstOrDefault(f => string.Equals(f.Key, key, StringComparison.OrdinalIgnoreCase));
                if (match.File is null)
                {
                    throw CliException.Usage("unknown-collection", $"--collections: '{name}' cannot be exported. Collections with a file of their own: " +
                        string.Join(", ", Exportable().Select(f => f.Key)) + " (association files come with their owners).");
                }
                files.Add(match.File);
            }
            return files;
        }

        private static async Task<CsvExportResult> WithProgressAsync(CommandContext context, OneRosterClient client, string path, CsvExportOptions options, IReadOnlyList<CsvFile> files)
        {
            options.ProgressInterval = 100;
            return await context.Err.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RecordCountColumn(), new SpinnerColumn())
                .StartAsync(async progress =>
                {
                    var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                    foreach (var file in OneRosterClientCsvExtensions.ExportableFiles.Where(files.Contains))
                    {
                        // The bar's length is the provider's total, when it tells one (one request of one record).
                        var total = await CollectionCatalog.Readable(client, file.Name[..^".csv".Length]).CountAsync(context.CancellationToken).ConfigureAwait(false);
                        var task = progress.AddTask(file.Name, autoStart: false, maxValue: total is > 0 ? total.Value : 1);
                        task.IsIndeterminate = total is null;
                        tasks[file.Name] = task;
                    }
                    var reporter = new DirectProgress<CsvExportProgress>(p =>
                    {
                        var task = tasks[p.File];
                        task.StartTask();
                        task.Value = Math.Min(p.FileRecords, task.MaxValue);
                        if (p.FileDone)
                        {
                            task.MaxValue = Math.Max(p.FileRecords, 1);
                            task.Value = task.MaxValue;
                            task.IsIndeterminate = false;
                            task.StopTask();
                        }
                    });
                    return await client.ExportCsvAsync(path, options, reporter, context.CancellationToken).ConfigureAwait(false);
                }).ConfigureAwait(false);
        }

        private static void Report(CommandContext context, CsvExportResult result)
        {
            if (context.Json)
            {
                RecordOutput.WriteJson(new JObject
                {
                    ["path"] = result.Path,
                    ["rows"] = JObject.FromObject(result.Rows),
                    ["elapsedMs"] = (long)result.Elapsed.TotalMilliseconds,
                }, context.Host.Output);
                return;
            }
            var rows = result.Rows.Select(r => new JObject { ["file"] = r.Key, ["rows"] = r.Value.ToString("N0", CultureInfo.InvariantCulture) }).ToList();
            RecordOutput.WriteTable(rows, new[] { "file", "rows" }, context.Out);
            context.Host.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {result.Path}: {result.Rows.Values.Sum():N0} rows in {result.Elapsed.TotalSeconds:0.0} s."));
        }
    }
}
