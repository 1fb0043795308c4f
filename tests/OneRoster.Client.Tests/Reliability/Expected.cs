using System;
using OneRoster.Errors;

namespace OneRoster.Tests.Reliability
{
    /// <summary>
    /// What a scenario must end with. Every field that is set is compared exactly with the measured
    /// <see cref="Outcome"/>; null fields are not compared (a scenario sets what it promises).
    /// </summary>
    internal sealed record Expected
    {
        /// <summary>How many records the caller received (before a failure, if any).</summary>
        public int Records { get; init; }

        /// <summary>The exception type the caller saw (exact type); null: the call succeeded.</summary>
        public Type? Error { get; init; }

        public int? Status { get; init; }

        /// <summary>True: no answer arrived, so the exception's <see cref="OneRosterException.Status"/> must be null.</summary>
        public bool NoAnswer { get; init; }

        public string? SourcedId { get; init; }

        public TimeSpan? RetryAfter { get; init; }

        public CodeMajor? CodeMajor { get; init; }

        /// <summary>Requests that reached the provider's API (every path but the token endpoint).</summary>
        public int? ApiRequests { get; init; }

        public int? TokenRequests { get; init; }

        public static Expected Success(int records, int? apiRequests = null, int? tokenRequests = null) =>
            new() { Records = records, ApiRequests = apiRequests, TokenRequests = tokenRequests };

        public static Expected Failure<TException>(int? status = null, int records = 0, int? apiRequests = null, int? tokenRequests = null, bool noAnswer = false)
            where TException : Exception =>
            new() { Error = typeof(TException), Status = status, NoAnswer = noAnswer, Records = records, ApiRequests = apiRequests, TokenRequests = tokenRequests };
    }
}
