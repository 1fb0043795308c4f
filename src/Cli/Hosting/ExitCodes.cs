namespace OneRoster.Cli.Hosting
{
    /// <summary>The documented exit codes (docs/cli.md, "Exit codes").</summary>
    internal static class ExitCodes
    {
        /// <summary>The command did what was asked.</summary>
        public const int Ok = 0;

        /// <summary>The answer is "no": <c>exists</c> found no record, <c>get</c> found none, <c>validate</c> found violations.</summary>
        public const int No = 1;

        /// <summary>Usage or bad input: an unknown command, collection or option, bad filter text, missing or broken configuration.</summary>
        public const int Usage = 2;

        /// <summary>The provider failed or refused: authentication, an HTTP error, a network failure, an answer the client cannot read.</summary>
        public const int Provider = 3;

        /// <summary>A local failure: a file that cannot be read or written, a store that fails, anything unexpected.</summary>
        public const int Local = 4;

        /// <summary>Cancelled with Ctrl-C (128 + SIGINT, as shells report it).</summary>
        public const int Cancelled = 130;
    }
}
