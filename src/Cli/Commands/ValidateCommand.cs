using System.CommandLine;
using System.IO;
using OneRoster.Cli.Hosting;
using OneRoster.Csv;

namespace OneRoster.Cli.Commands
{
    /// <summary><c>oneroster validate district.zip</c>: the validator's report; exit code 1 when the bundle has errors.</summary>
    internal static class ValidateCommand
    {
        public static Command Create(CliHost host, GlobalOptions globals)
        {
            var path = new Argument<string>("bundle") { Description = "A OneRoster CSV bundle: a .zip or a folder." };
            var maxProblems = new Option<int>("--max-problems") { Description = "Report at most this many problems (all are counted).", DefaultValueFactory = _ => 10_000, HelpName = "n" };
            var noReferences = new Option<bool>("--no-references") { Description = "Skip the check that references name records of the bundle (one read less)." };
            var command = new Command("validate", "Check a CSV bundle against the OneRoster CSV binding; exit code 1 when it has errors (warnings do not count).")
            {
                path, maxProblems, noReferences,
            };
            CommandAction.Set(command, host, globals, async context =>
            {
                var bundle = context.Value(path);
                if (!File.Exists(bundle) && !Directory.Exists(bundle))
                {
                    throw CliException.Usage("bad-input", $"'{bundle}' is neither a file nor a folder.");
                }
                var limit = context.Value(maxProblems);
                if (limit < 1)
                {
                    throw CliException.Usage("bad-input", $"--max-problems must be at least 1 (was {limit}).");
                }
                var options = new CsvValidatorOptions { MaxProblems = limit, CheckReferences = !context.Value(noReferences) };
                var report = await CsvBundleValidator.ValidateAsync(bundle, options, context.CancellationToken).ConfigureAwait(false);
                host.Output.Write(context.Json ? report.ToJson() + System.Environment.NewLine : report.ToText());
                return report.IsValid ? ExitCodes.Ok : ExitCodes.No;
            });
            return command;
        }
    }
}
