using System;
using System.Collections;
using System.Diagnostics;
using System.Text;
using System.Threading.Tasks;
using NUnit.Framework;

namespace OneRoster.Packaging.Tests.Support
{
    /// <summary>Runs the dotnet CLI as a child process and returns its output, failing the test on a non-zero exit.</summary>
    internal static class DotnetCli
    {
        private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

        public static Task<string> RunAsync(string workingDirectory, params string[] arguments) =>
            RunProgramAsync("dotnet", workingDirectory, null, arguments);

        /// <summary>Runs any program (an installed tool) the same way, with extra environment variables.</summary>
        public static async Task<string> RunProgramAsync(string program, string workingDirectory, System.Collections.Generic.IReadOnlyDictionary<string, string>? environment, params string[] arguments)
        {
            var start = new ProcessStartInfo(program)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }
            // `dotnet test` exports MSBuild variables pointing at its own SDK instance; a child build
            // that inherits them can resolve the wrong SDK, so it starts from a clean MSBuild slate.
            foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
            {
                var name = (string)variable.Key;
                if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase))
                {
                    start.Environment.Remove(name);
                }
            }
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            foreach (var (name, value) in environment ?? new System.Collections.Generic.Dictionary<string, string>())
            {
                start.Environment[name] = value;
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
            var output = new StringBuilder();
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            var exited = process.WaitForExitAsync();
            if (await Task.WhenAny(exited, Task.Delay(Limit)) != exited)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"{program} {string.Join(' ', arguments)} did not finish within {Limit}.\n{output}");
            }
            await exited;
            string text;
            lock (output) { text = output.ToString(); }
            if (process.ExitCode != 0)
            {
                Assert.Fail($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}.\n{text}");
            }
            return text;
        }
    }
}
