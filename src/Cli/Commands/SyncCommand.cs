using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using OneRoster.Cli.Hosting;
using OneRoster.Cli.Output;
using OneRoster.Cli.Sync;
using OneRoster.Sync;
using Spectre.Console;

namespace OneRoster.Cli.Commands
{
    /// <summary><c>oneroster sync --store sqlite:roster.db</c>: one <see cref="RosterSync"/> run, progress, then a summary table.</summary>
    internal static class SyncCommand
    {
        public static Command Create(CliHost host, GlobalOptions globals)
        {
            var store = new Option<string>("--store") { Description = "Where the mirror lives: sqlite:PATH or postgres:\"CONNECTION STRING\".", Required = true, HelpName = "store" };
            var schema = new Option<string?>("--schema") { Description = $"The PostgreSQL schema of the mirror (default {PostgresRosterStore.DefaultSchema}).", HelpName = "name" };
            var collections = new Option<string?>("--collections")
            {
                Description = "Comma-separated collections to mirror (default all): " + string.Join(", ", SyncCollection.All.Select(c => c.Name)) + ".",
                HelpName = "list",
            };
            var tenant = new Option<string>("--tenant") { Description = "The tenant the mirror's rows and checkpoints belong to.", DefaultValueFactory = _ => "default", HelpName = "name" };
            var full = new Option<bool>("--full") { Description = "Pull everything and delete what the provider no longer has (a full reconcile), whatever is due." };
            var allowMassDeletion = new Option<bool>("--allow-mass-deletion") { Description = "Let a reconcile delete more than the guard allows (10% of a collection)." };
            var command = new Command("sync", "Mirror the provider into a store: the first run pulls everything, later runs only what changed; progress, then a summary table.")
            {
                store, schema, collections, tenant, full, allowMassDeletion,
            };
            CommandAction.Set(command, host, globals, async context =>
            {
                var options = new RosterSyncOptions { Tenant = context.Value(tenant) };
                if (ListCommand.SplitList(context.Value(collections)) is { Count: > 0 } names)
                {
                    options.Collections = names.Select(SyncCollection.Parse).OrderBy(c => c.Order).ToList();
                }
                if (options.GetValidationErrors() is { Count: > 0 } errors)
                {
                    throw CliException.Usage("bad-input", string.Join(" ", errors));
                }
                var run = new SyncRunOptions { FullReconcile = context.Value(full), AllowMassDeletion = context.Value(allowMassDeletion) };
                using var client = context.CreateClient();
                await using var mirror = StoreSpec.Open(context.Value(store), context.Value(schema));
                var sync = new RosterSync(client, mirror, options);
                SyncReport report;
                try
                {
                    report = context.ShowProgress
                        ? await WithProgressAsync(context, sync, run, options.Collections).ConfigureAwait(false)
                        : await sync.RunAsync(run, null, context.CancellationToken).ConfigureAwait(false);
                }
                catch (RosterMassDeletionException tripped)
                {
                    Report(context, tripped.Report);
                    var which = string.Join(", ", tripped.Tripped.Select(c => $"{c.Collection.Name} ({c.MassDeletion!.Absent} of {c.MassDeletion.Stored} absent, limit {c.MassDeletion.Limit})"));
                    throw new CliException(ExitCodes.No, "mass-deletion",
                        $"The mass-deletion guard stopped the deletions of {which}; the rest of the run is committed. Check the provider, then run with --allow-mass-deletion if they are real.");
                }
                Report(context, report);
                return ExitCodes.Ok;
            });
            return command;
        }

        private static async Task<SyncReport> WithProgressAsync(CommandContext context, RosterSync sync, SyncRunOptions run, IReadOnlyList<SyncCollection> collections)
        {
            return await context.Err.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new RecordCountColumn(), new SpinnerColumn())
                .StartAsync(async progress =>
                {
                    var tasks = collections.ToDictionary(c => c.Name, c =>
                    {
                        var task = progress.AddTask(c.Name, autoStart: false, maxValue: 1);
                        task.IsIndeterminate = true;
                        return task;
                    }, StringComparer.Ordinal);
                    var reporter = new DirectProgress<SyncProgress>(p =>
                    {
                        var task = tasks[p.Collection.Name];
                        task.StartTask();
                        task.MaxValue = Math.Max(task.MaxValue, p.Fetched);
                        task.Value = p.Fetched;
                        if (p.CollectionDone)
                        {
                            task.IsIndeterminate = false;
                            task.MaxValue = Math.Max(p.Fetched, 1);
                            task.Value = task.MaxValue;
                            task.StopTask();
                        }
                    });
                    return await sync.RunAsync(run, reporter, context.CancellationToken).ConfigureAwait(false);
                }).ConfigureAwait(false);
        }

        private static void Report(CommandContext context, SyncReport report)
        {
            if (context.Json)
            {
                RecordOutput.WriteJson(new JObject
                {
                    ["tenant"] = report.Tenant,
                    ["runId"] = report.RunId,
                    ["resumed"] = report.Resumed,
                    ["durationMs"] = (long)report.Duration.TotalMilliseconds,
                    ["fetched"] = report.Fetched,
                    ["changed"] = report.Changed,
                    ["collections"] = new JArray(report.Collections.Select(c => new JObject
                    {
                        ["collection"] = c.Collection.Name,
                        ["mode"] = c.Mode.ToString().ToLowerInvariant(),
                        ["modifiedSince"] = c.ModifiedSince?.ToString("o", CultureInfo.InvariantCulture),
                        ["fetched"] = c.Fetched,
                        ["inserted"] = c.Inserted,
                        ["updated"] = c.Updated,
                        ["unchanged"] = c.Unchanged,
                        ["deleted"] = c.Deleted,
                        ["deletedAsAbsent"] = c.DeletedAsAbsent,
                        ["durationMs"] = (long)c.Duration.TotalMilliseconds,
                        ["massDeletionGuard"] = c.MassDeletion is null ? null : JObject.FromObject(c.MassDeletion),
                    })),
                }, context.Host.Output);
                return;
            }
            static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
            var rows = report.Collections.Select(c => new JObject
            {
                ["collection"] = c.Collection.Name,
                ["mode"] = c.Mode.ToString().ToLowerInvariant(),
                ["fetched"] = N(c.Fetched),
                ["inserted"] = N(c.Inserted),
                ["updated"] = N(c.Updated),
                ["unchanged"] = N(c.Unchanged),
                ["deleted"] = N(c.Deleted),
                ["time"] = c.Duration.TotalSeconds.ToString("0.0 s", CultureInfo.InvariantCulture),
            }).ToList();
            RecordOutput.WriteTable(rows, new[] { "collection", "mode", "fetched", "inserted", "updated", "unchanged", "deleted", "time" }, context.Out);
            context.Host.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Tenant '{report.Tenant}': {N(report.Fetched)} fetched, {N(report.Changed)} changed in {report.Duration.TotalSeconds:0.0} s{(report.Resumed ? " (resumed an unfinished run)" : string.Empty)}."));
        }
    }
}
