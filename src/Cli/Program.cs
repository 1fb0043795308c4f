using System;
using System.Threading;
using System.Threading.Tasks;
using OneRoster.Cli.Hosting;

namespace OneRoster.Cli
{
    internal static class Program
    {
        public static async Task<int> Main(string[] args)
        {
            using var cancellation = new CancellationTokenSource();
            Console.CancelKeyPress += (_, e) =>
            {
                // The first Ctrl-C cancels the command, which stops cleanly (exit code 130); a second one ends the process.
                if (!cancellation.IsCancellationRequested)
                {
                    e.Cancel = true;
                    cancellation.Cancel();
                }
            };
            return await CliApp.RunAsync(args, CliHost.ForConsole(), cancellation.Token).ConfigureAwait(false);
        }
    }
}
