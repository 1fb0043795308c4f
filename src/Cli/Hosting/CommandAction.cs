using System;
using System.CommandLine;
using System.Threading.Tasks;

namespace OneRoster.Cli.Hosting
{
    /// <summary>Runs a command's body with its <see cref="CommandContext"/> and turns every failure into an exit code.</summary>
    internal static class CommandAction
    {
        public static void Set(Command command, CliHost host, GlobalOptions globals, Func<CommandContext, Task<int>> body)
        {
            command.SetAction(async (parse, cancellationToken) =>
            {
                var context = new CommandContext(host, parse, globals, cancellationToken);
                try
                {
                    return await body(context).ConfigureAwait(false);
                }
                catch (Exception ex)
                {
                    return ErrorReport.Write(ex, cancellationToken, host, context.Json);
                }
            });
        }
    }
}
