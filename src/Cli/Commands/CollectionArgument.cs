using System.CommandLine;
using OneRoster.Cli.Records;

namespace OneRoster.Cli.Commands
{
    /// <summary>The COLLECTION argument of list, get and exists (checked by the catalog, so aliases work).</summary>
    internal static class CollectionArgument
    {
        public static Argument<string> Create()
        {
            var argument = new Argument<string>("collection")
            {
                HelpName = "collection",
                Description = "A OneRoster collection: " + string.Join(", ", CollectionCatalog.Names) + " (any case; academic-sessions works too).",
            };
            return argument;
        }
    }
}
