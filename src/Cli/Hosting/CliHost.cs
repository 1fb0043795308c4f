using System;
using System.IO;

namespace OneRoster.Cli.Hosting
{
    /// <summary>
    /// Everything a command may touch outside itself: the two output streams, whether each is a terminal, the
    /// environment variables and where the profiles live. <see cref="Program"/> builds the real one; tests build
    /// one over string writers, so every command runs in-process exactly as it does from a shell.
    /// </summary>
    internal sealed class CliHost
    {
        public CliHost(TextWriter output, TextWriter error, Func<string, string?> environment, string profilesPath)
        {
            Output = output;
            Error = error;
            Environment = environment;
            ProfilesPath = profilesPath;
        }

        /// <summary>Results: tables, JSON, CSV. Nothing else goes here, so it can be piped.</summary>
        public TextWriter Output { get; }

        /// <summary>Messages, errors, progress and <c>--verbose</c> lines.</summary>
        public TextWriter Error { get; }

        /// <summary>Reads an environment variable (null when unset).</summary>
        public Func<string, string?> Environment { get; }

        /// <summary>The profiles file (see <see cref="Configuration.ProfileStore"/>).</summary>
        public string ProfilesPath { get; }

        /// <summary>Standard input (read by <c>config set --client-secret-stdin</c>).</summary>
        public TextReader Input { get; init; } = TextReader.Null;

        /// <summary>Standard output is a terminal: tables get colour and the terminal's width.</summary>
        public bool OutputIsTerminal { get; init; }

        /// <summary>Standard error is a terminal: progress is shown there.</summary>
        public bool ErrorIsTerminal { get; init; }

        /// <summary>Width of the terminal, for tables; null when unknown (output that is not a terminal is never wrapped).</summary>
        public int? TerminalWidth { get; init; }

        /// <summary>The real process: the console's streams, its variables and the user's configuration directory.</summary>
        public static CliHost ForConsole()
        {
            var outputIsTerminal = !Console.IsOutputRedirected;
            return new CliHost(Console.Out, Console.Error, System.Environment.GetEnvironmentVariable, Configuration.ProfileStore.DefaultPath(System.Environment.GetEnvironmentVariable))
            {
                Input = Console.In,
                OutputIsTerminal = outputIsTerminal,
                ErrorIsTerminal = !Console.IsErrorRedirected,
                TerminalWidth = outputIsTerminal ? SafeWindowWidth() : null,
            };
        }

        private static int? SafeWindowWidth()
        {
            try
            {
                return Console.WindowWidth > 0 ? Console.WindowWidth : null;
            }
            catch (IOException)
            {
                return null;
            }
        }
    }
}
