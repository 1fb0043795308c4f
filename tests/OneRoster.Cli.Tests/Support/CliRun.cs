using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using OneRoster.Cli.Hosting;

namespace OneRoster.Cli.Tests.Support
{
    /// <summary>What one in-process run of the tool gave: exit code, standard output, standard error.</summary>
    internal sealed record CliResult(int ExitCode, string Output, string Error)
    {
        public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
    }

    /// <summary>
    /// Runs <c>oneroster</c> in-process: its own environment variables (never the test process's), its own profiles
    /// file, string writers for both streams, and terminal flags a test may turn on.
    /// </summary>
    internal sealed class CliRun
    {
        public CliRun(string profilesPath, IDictionary<string, string>? environment = null)
        {
            ProfilesPath = profilesPath;
            Environment = new Dictionary<string, string>(environment ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        }

        public string ProfilesPath { get; }

        public Dictionary<string, string> Environment { get; }

        public bool ErrorIsTerminal { get; init; }

        public string Input { get; init; } = string.Empty;

        public Task<CliResult> RunAsync(params string[] args) => RunAsync(args, CancellationToken.None);

        public async Task<CliResult> RunAsync(string[] args, CancellationToken cancellationToken, TextWriter? output = null, TextWriter? error = null)
        {
            output ??= new StringWriter();
            error ??= new StringWriter();
            var host = new CliHost(output, error, name => Environment.TryGetValue(name, out var value) ? value : null, ProfilesPath)
            {
                Input = new StringReader(Input),
                ErrorIsTerminal = ErrorIsTerminal,
            };
            var code = await CliApp.RunAsync(args, host, cancellationToken);
            return new CliResult(code, output.ToString()!.Replace("\r\n", "\n", StringComparison.Ordinal), error.ToString()!.Replace("\r\n", "\n", StringComparison.Ordinal));
        }
    }
}
