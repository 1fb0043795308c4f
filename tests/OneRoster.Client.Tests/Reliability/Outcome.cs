using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using OneRoster.Errors;

namespace OneRoster.Tests.Reliability
{
    /// <summary>What one scenario run measured: records handed to the caller, the failure, the traffic.</summary>
    internal sealed record Outcome(IReadOnlyList<string> Records, Exception? Error, int ApiRequests, int TokenRequests, TimeSpan Elapsed)
    {
        /// <summary>One line for docs/reliability.md.</summary>
        public string Describe()
        {
            var parts = new List<string> { $"{Records.Count} record(s)" };
            if (Error is null)
            {
                parts.Add("no error");
            }
            else
            {
                var fields = Error is OneRosterException one
                    ? $" Status {one.Status}" + (one is OneRosterNotFoundException { SourcedId: { } id } ? $", SourcedId `{id}`" : string.Empty)
                        + (one.CodeMajor is null ? string.Empty : $", CodeMajor {one.CodeMajor}")
                        + (one is OneRosterRateLimitException { RetryAfter: { } wait } ? $", RetryAfter {wait.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s" : string.Empty)
                    : string.Empty;
                parts.Add($"`{Error.GetType().Name}`{fields}");
            }
            parts.Add($"{ApiRequests} API request(s), {TokenRequests} token request(s)");
            parts.Add($"{Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms");
            return string.Join("; ", parts);
        }
    }
}
