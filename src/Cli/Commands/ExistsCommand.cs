using System.CommandLine;
using Newtonsoft.Json.Linq;
using OneRoster.Cli.Hosting;
using OneRoster.Cli.Output;
using OneRoster.Cli.Records;

namespace OneRoster.Cli.Commands
{
    /// <summary><c>oneroster exists COLLECTION ID</c>: exit code 0 when the record exists, 1 when the provider answers 404.</summary>
    internal static class ExistsCommand
    {
        public static Command Create(CliHost host, GlobalOptions globals)
        {
            var collection = CollectionArgument.Create();
            var id = new Argument<string>("id") { Description = "The record's sourcedId." };
            var command = new Command("exists", "Say whether a record exists (exit code 0 yes, 1 no; any other failure is not a no).") { collection, id };
            CommandAction.Set(command, host, globals, async context =>
            {
                var name = CollectionCatalog.Canonical(context.Value(collection));
                var sourcedId = context.Value(id);
                using var client = context.CreateClient();
                var exists = await CollectionCatalog.Readable(client, name).ExistsAsync(sourcedId, context.CancellationToken).ConfigureAwait(false);
                if (context.Json)
                {
                    RecordOutput.WriteJson(new JObject { ["collection"] = name, ["sourcedId"] = sourcedId, ["exists"] = exists }, host.Output);
                }
                else
                {
                    host.Output.WriteLine(exists ? $"{name}/{sourcedId} exists" : $"{name}/{sourcedId} does not exist");
                }
                return exists ? ExitCodes.Ok : ExitCodes.No;
            });
            return command;
        }
    }
}
