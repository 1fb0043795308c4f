using System;
using System.Collections.Generic;
using Microsoft.Extensions.Logging;

namespace OneRoster.Sync
{
    /// <summary>The log events of a sync (category <c>OneRoster.Sync.RosterSync</c>); ids 1801–1899.</summary>
    internal static class SyncLog
    {
        /// <summary>Every event with its level, for the docs table (tests hold docs/sync.md to it).</summary>
        public static IReadOnlyList<(EventId Id, LogLevel Level)> Events { get; } = new (EventId, LogLevel)[]
        {
            (new EventId(1801, "SyncRunStarted"), LogLevel.Information),
            (new EventId(1802, "SyncRunFinished"), LogLevel.Information),
            (new EventId(1803, "SyncCollectionStarted"), LogLevel.Information),
            (new EventId(1804, "SyncCollectionFinished"), LogLevel.Information),
            (new EventId(1805, "SyncCollectionAlreadyDone"), LogLevel.Information),
            (new EventId(1806, "SyncMassDeletionGuardTripped"), LogLevel.Warning),
            (new EventId(1807, "SyncEmptyPullIgnored"), LogLevel.Warning),
            (new EventId(1808, "SyncCollectionFailed"), LogLevel.Warning),
        };

        public static readonly Action<ILogger, string, string, bool, Exception?> RunStarted = LoggerMessage.Define<string, string, bool>(
            LogLevel.Information, new EventId(1801, "SyncRunStarted"), "Sync of tenant {Tenant} started (run {RunId}, resumed {Resumed})");

        public static readonly Action<ILogger, string, string, long, long, double, Exception?> RunFinished = LoggerMessage.Define<string, string, long, long, double>(
            LogLevel.Information, new EventId(1802, "SyncRunFinished"), "Sync of tenant {Tenant} finished (run {RunId}): {Fetched} records fetched, {Changed} changed, in {ElapsedMs} ms");

        public static readonly Action<ILogger, string, SyncMode, DateTimeOffset?, Exception?> CollectionStarted = LoggerMessage.Define<string, SyncMode, DateTimeOffset?>(
            LogLevel.Information, new EventId(1803, "SyncCollectionStarted"), "Pulling {Collection} ({Mode}, modified since {ModifiedSince})");

        public static void CollectionFinished(ILogger logger, CollectionReport report)
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation(
                    new EventId(1804, "SyncCollectionFinished"),
                    "{Collection} ({Mode}) committed: {Fetched} fetched, {Inserted} inserted, {Updated} updated, {Unchanged} unchanged, {Deleted} deleted, in {ElapsedMs} ms",
                    report.Collection.Name, report.Mode, report.Fetched, report.Inserted, report.Updated, report.Unchanged, report.Deleted, report.Duration.TotalMilliseconds);
            }
        }

        public static readonly Action<ILogger, string, string, Exception?> CollectionAlreadyDone = LoggerMessage.Define<string, string>(
            LogLevel.Information, new EventId(1805, "SyncCollectionAlreadyDone"), "{Collection} was committed earlier in run {RunId}; not read again");

        public static readonly Action<ILogger, string, long, long, long, Exception?> MassDeletionGuardTripped = LoggerMessage.Define<string, long, long, long>(
            LogLevel.Warning, new EventId(1806, "SyncMassDeletionGuardTripped"), "{Collection}: {Absent} of {Stored} records were absent from a complete pull, more than the guard allows ({Limit}); nothing deleted by absence");

        public static readonly Action<ILogger, string, long, Exception?> EmptyPullIgnored = LoggerMessage.Define<string, long>(
            LogLevel.Warning, new EventId(1807, "SyncEmptyPullIgnored"), "{Collection}: the full pull came back empty while the store holds {Stored} records; nothing deleted by absence");

        public static readonly Action<ILogger, string, SyncMode, Exception?> CollectionFailed = LoggerMessage.Define<string, SyncMode>(
            LogLevel.Warning, new EventId(1808, "SyncCollectionFailed"), "Pulling {Collection} ({Mode}) failed or was cancelled; its changes were rolled back");
    }
}
