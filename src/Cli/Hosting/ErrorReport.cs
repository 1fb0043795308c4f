using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using Newtonsoft.Json.Linq;
using OneRoster.Cli.Output;
using OneRoster.Csv;
using OneRoster.Errors;
using OneRoster.Query;
using OneRoster.Sync;

namespace OneRoster.Cli.Hosting
{
    /// <summary>Turns what a command threw into its exit code and a message on stderr (JSON with <c>--json</c>).</summary>
    internal static class ErrorReport
    {
        public static int Write(Exception exception, CancellationToken cancellationToken, CliHost host, bool json)
        {
            var (code, kind, message) = Classify(exception, cancellationToken);
            if (json)
            {
                var error = new JObject { ["exitCode"] = code, ["kind"] = kind, ["message"] = message };
                if (exception is OneRosterException provider)
                {
                    error["status"] = provider.Status;
                    error["requestId"] = provider.RequestId;
                }
                if (exception is FilterParseException filter)
                {
                    error["position"] = filter.Position;
                }
                RecordOutput.WriteJson(new JObject { ["error"] = error }, host.Error);
            }
            else
            {
                host.Error.WriteLine("error: " + message);
            }
            return code;
        }

        public static (int Code, string Kind, string Message) Classify(Exception exception, CancellationToken cancellationToken) => exception switch
        {
            OperationCanceledException when cancellationToken.IsCancellationRequested => (ExitCodes.Cancelled, "cancelled", "Cancelled."),
            CliException cli => (cli.ExitCode, cli.Kind, cli.Message),
            FilterParseException filter => (ExitCodes.Usage, "bad-filter", "--filter: " + filter.Message),
            OneRosterConfigurationException configuration => (ExitCodes.Usage, "configuration", configuration.Message),
            OneRosterNotFoundException missing => (ExitCodes.No, "not-found", missing.Message),
            OneRosterAuthenticationException auth => (ExitCodes.Provider, "authentication", auth.Message),
            OneRosterException provider => (ExitCodes.Provider, "provider", provider.Message),
            HttpRequestException network => (ExitCodes.Provider, "network", network.Message),
            CsvBundleException bundle => (ExitCodes.Local, "bundle", bundle.Message),
            RosterSyncException sync => (ExitCodes.Local, "sync", sync.Message),
            ArgumentException argument => (ExitCodes.Usage, "bad-input", argument.Message),
            IOException or UnauthorizedAccessException => (ExitCodes.Local, "file", exception.Message),
            _ => (ExitCodes.Local, "internal", $"{exception.GetType().Name}: {exception.Message}"),
        };
    }
}
