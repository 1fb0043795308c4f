using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OneRoster.Cli.Commands;
using OneRoster.Cli.Hosting;

namespace OneRoster.Cli
{
    /// <summary>
    /// The testable entry point: parses the arguments, runs the command against a <see cref="CliHost"/> and returns
    /// the exit code. <see cref="Program"/> calls it with the real console; tests call it with string writers.
    /// </summary>
    internal static class CliApp
    {
        public static Command BuildRoot(CliHost host)
        {
            var globals = new GlobalOptions();
            // A plain command named "oneroster" rather than a RootCommand, which takes the name of the running
            // executable: help reads the same from the installed tool, from 'dotnet run' and from the tests.
            var root = new Command("oneroster", "oneroster: look at a OneRoster 1.2 provider, export and validate CSV bundles, migrate course content, sync, run the fake provider.")
            {
                new System.CommandLine.Help.HelpOption(),
                new VersionOption(),
            };
            globals.AddTo(root);
            root.Add(ListCommand.Create(host, globals));
            root.Add(GetCommand.Create(host, globals));
            root.Add(ExistsCommand.Create(host, globals));
            root.Add(ConfigCommand.Create(host, globals));
            root.Add(ExportCommand.Create(host, globals));
            root.Add(ValidateCommand.Create(host, globals));
            root.Add(MigrateCommand.Create(host, globals));
            root.Add(SyncCommand.Create(host, globals));
            root.Add(FakeCommand.Create(host, globals));
            return root;
        }

        public static async Task<int> RunAsync(string[] args, CliHost host, CancellationToken cancellationToken)
        {
            var root = BuildRoot(host);
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                var json = args.Contains("--json", StringComparer.Ordinal);
                var message = string.Join(Environment.NewLine, parse.Errors.Select(e => e.Message)) +
                    Environment.NewLine + $"Run '{HelpHint(parse)} --help' for usage.";
                return ErrorReport.Write(CliException.Usage("usage", message), cancellationToken, host, json);
            }
            var invocation = new InvocationConfiguration
            {
                Output = host.Output,
                Error = host.Error,
                // Ctrl-C is the host's to turn into cancellation (Program); the commands answer it with exit code 130.
                ProcessTerminationTimeout = null,
                EnableDefaultExceptionHandler = false,
            };
            return await parse.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
        }

        private static string HelpHint(ParseResult parse)
        {
            var names = new List<string>();
            for (Symbol? symbol = parse.CommandResult.Command; symbol is Command command; symbol = symbol.Parents.FirstOrDefault())
            {
                names.Insert(0, command.Name);
            }
            return string.Join(" ", names);
        }
    }
}
