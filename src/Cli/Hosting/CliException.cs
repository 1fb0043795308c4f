using System;

namespace OneRoster.Cli.Hosting
{
    /// <summary>A failure the command explains itself: the message is shown as it is, with this exit code.</summary>
    internal sealed class CliException : Exception
    {
        public CliException(int exitCode, string kind, string message)
            : base(message)
        {
            ExitCode = exitCode;
            Kind = kind;
        }

        /// <summary>One of <see cref="ExitCodes"/>.</summary>
        public int ExitCode { get; }

        /// <summary>A stable word for <c>--json</c> error output (<c>usage</c>, <c>unknown-collection</c>, ...).</summary>
        public string Kind { get; }

        public static CliException Usage(string kind, string message) => new(ExitCodes.Usage, kind, message);
    }
}
