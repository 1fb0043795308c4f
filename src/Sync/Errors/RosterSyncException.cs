using System;

namespace OneRoster.Sync
{
    /// <summary>A sync could not do what it was asked, for a reason the message gives (bad provider data, a store that does not fit).</summary>
    public class RosterSyncException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public RosterSyncException(string message)
            : base(message)
        {
        }

        /// <summary>Creates the exception with its cause.</summary>
        public RosterSyncException(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }
}
