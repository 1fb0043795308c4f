using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace OneRoster.Query
{
    /// <summary>
    /// Checks the fields a filter names against the record type's fields (<see cref="FilterFieldTable"/>) before a list
    /// request is sent, and warns or throws as <see cref="UnknownFilterFieldPolicy"/> says. One per client: the
    /// warning is logged once per field and record type for the client's lifetime.
    /// </summary>
    internal sealed class UnknownFilterFieldGuard
    {
        private static readonly Action<ILogger, string, string, Exception?> Unknown =
            LoggerMessage.Define<string, string>(
                LogLevel.Warning,
                new EventId(30, "OneRosterUnknownFilterField"),
                "OneRoster filter names '{Field}', which {RecordType} records do not have; most providers then answer with no records. " +
                "Check the spelling, or set OneRosterClientOptions.UnknownFilterFields = Ignore for a provider that has this field");

        private readonly UnknownFilterFieldPolicy _policy;
        private readonly ILogger _logger;
        private readonly ConcurrentDictionary<(Type RecordType, string Field), bool> _warned = new();

        public UnknownFilterFieldGuard(UnknownFilterFieldPolicy policy, ILogger? logger)
        {
            _policy = policy;
            _logger = logger ?? NullLogger.Instance;
        }

        /// <exception cref="ArgumentException">With <see cref="UnknownFilterFieldPolicy.Throw"/>: a field <paramref name="recordType"/> does not have.</exception>
        public void Check(Type recordType, Filter? filter)
        {
            if (filter is null || _policy == UnknownFilterFieldPolicy.Ignore || FilterFieldTable.For(recordType) is not { } known)
            {
                return;
            }
            var predicates = new List<PredicateFilter>();
            filter.CollectPredicates(predicates);
            foreach (var predicate in predicates)
            {
                var field = predicate.FieldName;
                if (IsKnown(field, known))
                {
                    continue;
                }
                if (_policy == UnknownFilterFieldPolicy.Throw)
                {
                    throw new ArgumentException(
                        $"The filter names '{field}', which {recordType.Name} records do not have (nothing was sent). Check the spelling; " +
                        "fields under 'metadata.' and extension fields with a ':' prefix are always allowed, and " +
                        "OneRosterClientOptions.UnknownFilterFields = Warn or Ignore sends such a filter anyway.", "query");
                }
                if (_warned.TryAdd((recordType, field), true))
                {
                    Unknown(_logger, field, recordType.Name, null);
                }
            }
        }

        /// <summary>A field of the record, anything under <c>metadata.</c>, or an extension (<c>ext:…</c>, <c>vendor:…</c>).</summary>
        internal static bool IsKnown(string field, IReadOnlySet<string> known)
        {
            if (known.Contains(field) || field.StartsWith("metadata.", StringComparison.Ordinal))
            {
                return true;
            }
            var dot = field.IndexOf('.', StringComparison.Ordinal);
            var first = dot < 0 ? field : field.Substring(0, dot);
            return first.IndexOf(':', StringComparison.Ordinal) > 0;
        }
    }
}
