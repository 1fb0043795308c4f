using System.IO;
using Spectre.Console;

namespace OneRoster.Cli.Output
{
    /// <summary>Spectre consoles over the host's writers: colour and live rendering only on a terminal.</summary>
    internal static class Consoles
    {
        // Output that is not a terminal is never wrapped: a table piped to a file keeps one line per record.
        private const int UnwrappedWidth = 4096;

        public static IAnsiConsole Create(TextWriter writer, bool terminal, int? width)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
                ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
                Interactive = terminal ? InteractionSupport.Yes : InteractionSupport.No,
                Out = new AnsiConsoleOutput(writer),
            });
            console.Profile.Width = width ?? (terminal ? 120 : UnwrappedWidth);
            console.Profile.Capabilities.Unicode = terminal;
            return console;
        }
    }
}
