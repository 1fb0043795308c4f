using System;
using System.CommandLine;
using System.Linq;
using Newtonsoft.Json.Linq;
using OneRoster.Cli.Configuration;
using OneRoster.Cli.Hosting;
using OneRoster.Cli.Migration;
using OneRoster.Cli.Output;

namespace OneRoster.Cli.Commands
{
    /// <summary><c>oneroster migrate course ID --from staging --to production [--apply]</c>.</summary>
    internal static class MigrateCommand
    {
        public static Command Create(CliHost host, GlobalOptions globals)
        {
            var id = new Argument<string>("id") { Description = "The course's sourcedId on the source provider." };
            var from = new Option<string>("--from") { Description = "Profile of the provider to copy from.", Required = true, HelpName = "profile" };
            var to = new Option<string>("--to") { Description = "Profile of the provider to copy to.", Required = true, HelpName = "profile" };
            var apply = new Option<bool>("--apply") { Description = "Write the changes (without it, only print what would change)." };
            var dryRun = new Option<bool>("--dry-run") { Description = "Print what would change and write nothing (the default)." };
            var course = new Command("course", "Copy a course, its course components, resources and component resources from one provider to another, as upserts.")
            {
                id, from, to, apply, dryRun,
            };
            CommandAction.Set(course, host, globals, async context =>
            {
                var courseId = context.Value(id);
                var fromName = context.Value(from);
                var toName = context.Value(to);
                var write = context.Value(apply);
                if (write && context.Value(dryRun))
                {
                    throw CliException.Usage("bad-input", "--apply and --dry-run contradict each other.");
                }
                if (string.Equals(fromName, toName, StringComparison.Ordinal))
                {
                    throw CliException.Usage("bad-input", $"--from and --to name the same profile ('{fromName}').");
                }
                using var source = context.CreateClient(Connection.FromNamedProfile(host, fromName));
                using var target = context.CreateClient(Connection.FromNamedProfile(host, toName));
                var migration = new CourseMigration(source, target);
                var changes = await migration.PlanAsync(courseId, context.CancellationToken).ConfigureAwait(false);
                if (write)
                {
                    await migration.ApplyAsync(context.CancellationToken).ConfigureAwait(false);
                }

                if (context.Json)
                {
                    RecordOutput.WriteJson(new JObject
                    {
                        ["course"] = courseId,
                        ["from"] = fromName,
                        ["to"] = toName,
                        ["applied"] = write,
                        ["changes"] = new JArray(changes.Select(c => new JObject
                        {
                            ["collection"] = c.Collection,
                            ["sourcedId"] = c.SourcedId,
                            ["action"] = c.Action,
                            ["fields"] = new JArray(c.Fields),
                        })),
                    }, host.Output);
                    return ExitCodes.Ok;
                }
                var rows = changes.Select(c => new JObject
                {
                    ["collection"] = c.Collection,
                    ["sourcedId"] = c.SourcedId,
                    ["title"] = c.Title ?? string.Empty,
                    ["action"] = write ? Past(c.Action) : c.Action,
                    ["fields"] = c.Action == RecordChange.Update ? string.Join(", ", c.Fields) : string.Empty,
                }).ToList();
                RecordOutput.WriteTable(rows, new[] { "collection", "sourcedId", "title", "action", "fields" }, context.Out);
                int Count(string action) => changes.Count(c => c.Action == action);
                var summary = $"{Count(RecordChange.Create)} to create, {Count(RecordChange.Update)} to update, {Count(RecordChange.Unchanged)} unchanged";
                host.Output.WriteLine(write
                    ? $"Applied to '{toName}': {summary.Replace(" to create", " created", StringComparison.Ordinal).Replace(" to update", " updated", StringComparison.Ordinal)}."
                    : $"Dry run, nothing written: {summary}. Run again with --apply to write.");
                return ExitCodes.Ok;
            });
            return new Command("migrate", "Copy content from one provider to another.") { course };
        }

        private static string Past(string action) => action switch
        {
            RecordChange.Create => "created",
            RecordChange.Update => "updated",
            _ => action,
        };
    }
}
