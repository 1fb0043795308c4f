using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using OneRoster.Collections;
using OneRoster.Query;

namespace OneRoster.Csv
{
    /// <summary>Exports any OneRoster provider into a CSV bundle through the client's public collections.</summary>
    public static class OneRosterClientCsvExtensions
    {
        /// <summary>The files with a REST collection of their own, in the order they are exported (targets before the records that name them).</summary>
        public static IReadOnlyList<CsvFile> ExportableFiles { get; } = new CsvFile[]
        {
            CsvFiles.Orgs, CsvFiles.AcademicSessions, CsvFiles.Courses, CsvFiles.Classes, CsvFiles.Users, CsvFiles.Enrollments,
            CsvFiles.Demographics, CsvFiles.Resources, CsvFiles.Categories, CsvFiles.ScoreScales, CsvFiles.LineItems, CsvFiles.Results,
        };

        /// <summary>
        /// Streams the provider's collections into a bundle: one collection after the other, each record written as it
        /// arrives (memory stays flat whatever the size), the manifest last. A failed or cancelled export leaves no bundle.
        /// </summary>
        /// <param name="client">The client of the provider to export.</param>
        /// <param name="path">A <c>.zip</c> path, or a new or empty folder.</param>
        /// <param name="options">Which files, bulk or delta, changed-since; null for a bulk export of everything.</param>
        /// <param name="progress">Receives progress per file.</param>
        /// <param name="cancellationToken">Cancels the export.</param>
        /// <exception cref="ArgumentException">An association file is listed, or <see cref="CsvExportOptions.ChangedSince"/> is set for a bulk export.</exception>
        /// <exception cref="OneRoster.Errors.OneRosterException">The provider failed (the client's typed errors); nothing is left behind.</exception>
        public static async Task<CsvExportResult> ExportCsvAsync(this OneRosterClient client, string path, CsvExportOptions? options = null,
            IProgress<CsvExportProgress>? progress = null, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(client);
            ArgumentException.ThrowIfNullOrEmpty(path);
            options ??= new CsvExportOptions();
            if (options.Files.FirstOrDefault(f => !ExportableFiles.Contains(f)) is { } association)
            {
                throw new ArgumentException($"{association.Name} has no collection of its own; it is written with its owner's file.", nameof(options));
            }
            if (options.ChangedSince is not null && options.Writer.Mode != CsvFileMode.Delta)
            {
                throw new ArgumentException("ChangedSince exports changes: set Writer.Mode to Delta.", nameof(options));
            }
            var clock = Stopwatch.StartNew();
            var total = new long[1];
            await using var writer = CsvBundleWriter.Create(path, options.Writer);
            foreach (var file in ExportableFiles.Where(options.Files.Contains))
            {
                await ExportFileAsync(client, writer, file, options, progress, total, cancellationToken).ConfigureAwait(false);
            }
            await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
            return new CsvExportResult(path, new Dictionary<string, long>(writer.Rows, StringComparer.Ordinal), clock.Elapsed);
        }

        private static Task ExportFileAsync(OneRosterClient client, CsvBundleWriter writer, CsvFile file, CsvExportOptions options,
            IProgress<CsvExportProgress>? progress, long[] total, CancellationToken cancellationToken)
        {
            Func<OneRosterQuery, OneRosterQuery>? query = options.ChangedSince is { } since
                ? q => q.Where(Filter.Field("dateLastModified").GreaterThan(since))
                : null;
            Task Write<T>(CsvFile<T> csv, RecordList<T> collection) where T : class, new() =>
                writer.WriteAsync(csv, Counted(collection.StreamAsync(query, cancellationToken: cancellationToken), csv.Name, options.ProgressInterval, progress, total, cancellationToken), cancellationToken);
            return file switch
            {
                _ when file == CsvFiles.Orgs => Write(CsvFiles.Orgs, client.Orgs),
                _ when file == CsvFiles.AcademicSessions => Write(CsvFiles.AcademicSessions, client.AcademicSessions),
                _ when file == CsvFiles.Courses => Write(CsvFiles.Courses, client.Courses),
                _ when file == CsvFiles.Classes => Write(CsvFiles.Classes, client.Classes),
                _ when file == CsvFiles.Users => Write(CsvFiles.Users, client.Users),
                _ when file == CsvFiles.Enrollments => Write(CsvFiles.Enrollments, client.Enrollments),
                _ when file == CsvFiles.Demographics => Write(CsvFiles.Demographics, client.Demographics),
                _ when file == CsvFiles.Resources => Write(CsvFiles.Resources, client.Resources),
                _ when file == CsvFiles.Categories => Write(CsvFiles.Categories, client.Categories),
                _ when file == CsvFiles.ScoreScales => Write(CsvFiles.ScoreScales, client.ScoreScales),
                _ when file == CsvFiles.LineItems => Write(CsvFiles.LineItems, client.LineItems),
                _ => Write(CsvFiles.Results, client.Results),
            };
        }

        private static async IAsyncEnumerable<T> Counted<T>(IAsyncEnumerable<T> records, string file, int interval, IProgress<CsvExportProgress>? progress, long[] total,
            [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            long count = 0;
            await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                yield return record;
                count++;
                total[0]++;
                if (progress is not null && interval > 0 && count % interval == 0)
                {
                    progress.Report(new CsvExportProgress(file, count, total[0], FileDone: false));
                }
            }
            progress?.Report(new CsvExportProgress(file, count, total[0], FileDone: true));
        }
    }
}
