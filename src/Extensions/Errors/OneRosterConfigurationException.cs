using System;
using System.Collections.Generic;

namespace OneRoster.Errors
{
    /// <summary>
    /// The <see cref="OneRosterClientOptions"/> cannot work: missing credentials, a relative URL, plain
    /// <c>http://</c> to a remote host, an impossible timeout. <see cref="Errors"/> lists every problem found.
    /// </summary>
    public sealed class OneRosterConfigurationException : ArgumentException
    {
        /// <summary>Creates the exception for a list of problems.</summary>
        public OneRosterConfigurationException(IReadOnlyList<string> errors)
            : base(Compose(errors), "options")
        {
            Errors = errors;
        }

        /// <summary>Every problem found, one sentence each.</summary>
        public IReadOnlyList<string> Errors { get; }

        private static string Compose(IReadOnlyList<string> errors)
        {
            ArgumentNullException.ThrowIfNull(errors);
            return errors.Count == 1
                ? "Invalid OneRoster client options: " + errors[0]
                : "Invalid OneRoster client options:" + Environment.NewLine + "- " + string.Join(Environment.NewLine + "- ", errors);
        }
    }
}
