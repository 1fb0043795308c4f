using System;
using System.Collections.Generic;

namespace OneRoster.Csv
{
    /// <summary>How <see cref="CsvBundleWriter"/> writes a bundle.</summary>
    public sealed class CsvWriterOptions
    {
        /// <summary>
        /// Bulk (the default: every file is the complete set; <c>status</c> and <c>dateLastModified</c> are written empty)
        /// or delta (every row carries its <c>status</c>, <c>active</c> when the record has none, and its
        /// <c>dateLastModified</c>, <see cref="Timestamp"/> when it has none).
        /// </summary>
        public CsvFileMode Mode { get; set; } = CsvFileMode.Bulk;

        /// <summary><c>source.systemName</c> in the manifest; left out when null.</summary>
        public string? SourceSystemName { get; set; }

        /// <summary><c>source.systemCode</c> in the manifest; left out when null.</summary>
        public string? SourceSystemCode { get; set; }

        /// <summary>The <c>dateLastModified</c> of delta rows whose record has none; null for the time the writer was created.</summary>
        public DateTimeOffset? Timestamp { get; set; }

        /// <summary>
        /// The <c>metadata.</c> extension columns to write per file, by file name (<c>users.csv</c>) and metadata key: the
        /// values come from each record's <c>Metadata[key]</c>. A stream's header is written before its records are seen,
        /// so the keys are named up front.
        /// </summary>
        public IDictionary<string, IList<string>> MetadataColumns { get; } = new Dictionary<string, IList<string>>(StringComparer.Ordinal);

        /// <summary>
        /// True (the default): records the REST API nests write their association files too — users write roles.csv,
        /// userProfiles.csv and userResources.csv; classes classResources.csv; courses courseResources.csv; line items
        /// lineItemScoreScales.csv and lineItemLearningObjectiveIds.csv; results resultScoreScales.csv and
        /// resultLearningObjectiveIds.csv. False: each call writes its own file only.
        /// </summary>
        public bool WriteAssociations { get; set; } = true;

        /// <summary>Line ending; CR LF by default (RFC 4180).</summary>
        public CsvLineEnding LineEnding { get; set; } = CsvLineEnding.CrLf;

        /// <summary>Start each file with a UTF-8 byte order mark. The binding neither asks for nor forbids one; some importers want it. Default false.</summary>
        public bool ByteOrderMark { get; set; }

        /// <summary>Where a zip's files are staged before they are packed; null for the system's temporary folder.</summary>
        public string? TemporaryDirectory { get; set; }
    }
}
