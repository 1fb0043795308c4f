using System.CommandLine;

namespace OneRoster.Cli.Hosting
{
    /// <summary>The options every command takes (they may stand anywhere on the command line).</summary>
    internal sealed class GlobalOptions
    {
        public Option<string?> Profile { get; } = new("--profile")
        {
            Description = "Use this saved profile (see 'oneroster config'); default: the ONEROSTER_* variables, else the profile 'default'.",
            HelpName = "name",
            Recursive = true,
        };

        public Option<bool> Json { get; } = new("--json")
        {
            Description = "Machine-readable output: results as JSON on stdout, errors as JSON on stderr.",
            Recursive = true,
        };

        public Option<bool> Verbose { get; } = new("--verbose")
        {
            Description = "Show each HTTP request on stderr: method, path, status, time, request id (never tokens or secrets).",
            Recursive = true,
        };

        public void AddTo(Command root)
        {
            root.Add(Profile);
            root.Add(Json);
            root.Add(Verbose);
        }
    }
}
