using System.CommandLine;
using System.Linq;
using Newtonsoft.Json.Linq;
using OneRoster.Cli.Hosting;
using OneRoster.Cli.Output;
using OneRoster.Cli.Records;

namespace OneRoster.Cli.Commands
{
    /// <summary><c>oneroster get COLLECTION ID</c>: one record; exit code 1 when the provider has none.</summary>
    internal static class GetCommand
    {
        public static Command Create(CliHost host, GlobalOptions globals)
        {
            var collection = CollectionArgument.Create();
            var id = new Argument<string>("id") { Description = "The record's sourcedId." };
            var command = new Command("get", "Show one record by sourcedId (a field/value table; the record's JSON with --json).") { collection, id };
            CommandAction.Set(command, host, globals, async context =>
            {
                var name = CollectionCatalog.Canonical(context.Value(collection));
                using var client = context.CreateClient();
                var record = await CollectionCatalog.Readable(client, name).GetAsync(context.Value(id), context.CancellationToken).ConfigureAwait(false);
                if (context.Json)
                {
                    RecordOutput.WriteJson(record, host.Output);
                }
                else
                {
                    var rows = record.Properties().Select(p => new JObject { ["field"] = p.Name, ["value"] = RecordColumns.Scalar(p.Value) }).ToList();
                    RecordOutput.WriteTable(rows, new[] { "field", "value" }, context.Out);
                }
                return ExitCodes.Ok;
            });
            return command;
        }
    }
}
