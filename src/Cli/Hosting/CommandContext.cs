using System.CommandLine;
using System.Threading;
using OneRoster.Cli.Configuration;
using OneRoster.Cli.Output;
using Spectre.Console;

namespace OneRoster.Cli.Hosting
{
    /// <summary>One command's run: what was parsed, where output goes, and the provider it talks to.</summary>
    internal sealed class CommandContext
    {
        public CommandContext(CliHost host, ParseResult parse, GlobalOptions globals, CancellationToken cancellationToken)
        {
            Host = host;
            Parse = parse;
            Json = parse.GetValue(globals.Json);
            Verbose = parse.GetValue(globals.Verbose);
            Profile = parse.GetValue(globals.Profile);
            CancellationToken = cancellationToken;
            Out = Consoles.Create(host.Output, host.OutputIsTerminal, host.TerminalWidth);
            Err = Consoles.Create(host.Error, host.ErrorIsTerminal, null);
        }

        public CliHost Host { get; }

        public ParseResult Parse { get; }

        public bool Json { get; }

        public bool Verbose { get; }

        public string? Profile { get; }

        public CancellationToken CancellationToken { get; }

        /// <summary>Tables and other rendered results (standard output).</summary>
        public IAnsiConsole Out { get; }

        /// <summary>Progress and messages (standard error).</summary>
        public IAnsiConsole Err { get; }

        /// <summary>Progress is drawn only on a terminal and never with <c>--json</c>.</summary>
        public bool ShowProgress => Host.ErrorIsTerminal && !Json;

        public T Value<T>(Option<T> option) => Parse.GetValue(option)!;

        public T Value<T>(Argument<T> argument) => Parse.GetValue(argument)!;

        /// <summary>A client for the configured provider (<see cref="Connection.Resolve"/>).</summary>
        public OneRosterClient CreateClient() => CreateClient(Connection.Resolve(Host, Profile));

        public OneRosterClient CreateClient(OneRosterClientOptions options)
        {
            if (Verbose)
            {
                options.LoggerFactory = new VerboseLog(Host.Error);
            }
            return new OneRosterClient(options);
        }

        /// <summary>A line for the user on stderr (never on stdout, which carries results).</summary>
        public void Say(string message) => Host.Error.WriteLine(message);
    }
}
