using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using System.Threading.Tasks;
using OneRoster.Cli.Hosting;
using OneRoster.Cli.Output;
using OneRoster.Cli.Records;
using OneRoster.Query;

namespace OneRoster.Cli.Commands
{
    /// <summary><c>oneroster list COLLECTION</c>: every record a query selects, streamed page after page.</summary>
    internal static class ListCommand
    {
        public static Command Create(CliHost host, GlobalOptions globals)
        {
            var collection = CollectionArgument.Create();
            var scopes = Enum.GetValues<Scope>().ToDictionary(s => s, s => new Option<string?>(ScopeNames.OptionOf(s))
            {
                Description = $"List the collection under this {Describe(s)} (sourcedId).",
                HelpName = "id",
            });
            var filter = new Option<string?>("--filter") { Description = "OneRoster filter text, e.g. \"status='active' AND role='student'\".", HelpName = "text" };
            var fields = new Option<string?>("--fields") { Description = "Comma-separated fields to ask for and show, e.g. sourcedId,givenName.", HelpName = "list" };
            var sort = new Option<string?>("--sort") { Description = "Field to sort by.", HelpName = "field" };
            var order = new Option<SortDirection>("--order") { Description = "Sort order with --sort.", DefaultValueFactory = _ => SortDirection.Asc };
            var max = new Option<long?>("--max") { Description = "Stop after this many records.", HelpName = "n" };
            var format = new Option<RecordFormat>("--format") { Description = "Output format (--json means json).", DefaultValueFactory = _ => RecordFormat.Table };

            var command = new Command("list", "List the records of a collection: oneroster list users --filter \"status='active'\" --max 100.")
            {
                collection, filter, fields, sort, order, max, format,
            };
            foreach (var option in scopes.Values)
            {
                command.Add(option);
            }

            CommandAction.Set(command, host, globals, async context =>
            {
                var given = scopes.Where(s => context.Value(s.Value) is not null).ToDictionary(s => s.Key, s => context.Value(s.Value)!);
                var route = CollectionCatalog.Find(context.Value(collection), given.Keys);
                var fieldNames = SplitList(context.Value(fields));
                var query = BuildQuery(context.Value(filter), fieldNames, context.Value(sort), context.Value(order));
                var limit = context.Value(max);
                if (limit is < 1)
                {
                    throw CliException.Usage("bad-input", $"--max must be at least 1 (was {limit}).");
                }
                var shape = context.Json ? RecordFormat.Json : context.Value(format);

                using var client = context.CreateClient();
                var source = route.Open(client, route.Scopes.Select(s => given[s]).ToList());
                var columns = RecordColumns.For(source.RecordType, fieldNames);
                await RecordOutput.WriteAsync(source.StreamAsync(query, limit, context.CancellationToken), shape, columns,
                    host.Output, context.Out, context.CancellationToken).ConfigureAwait(false);
                return ExitCodes.Ok;
            });
            return command;
        }

        /// <summary>Everything is read and checked before a request is sent: bad filter text fails with the caret message.</summary>
        internal static Func<OneRosterQuery, OneRosterQuery> BuildQuery(string? filterText, IReadOnlyList<string> fields, string? sort, SortDirection order)
        {
            var filter = filterText is null ? null : Filter.Parse(filterText);
            var query = OneRosterQuery.Empty;
            if (filter is not null)
            {
                query = query.Where(filter);
            }
            if (sort is not null)
            {
                query = order == SortDirection.Desc ? query.OrderByDescending(sort) : query.OrderBy(sort);
            }
            if (fields.Count > 0)
            {
                query = query.Fields(fields.ToArray());
            }
            return _ => query;
        }

        internal static IReadOnlyList<string> SplitList(string? text) =>
            text is null ? Array.Empty<string>() : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        private static string Describe(Scope scope) => scope switch
        {
            Scope.LineItem => "line item",
            _ => scope.ToString().ToLowerInvariant(),
        };
    }

    /// <summary>The values of <c>--order</c>.</summary>
    internal enum SortDirection
    {
        Asc,
        Desc,
    }
}
