using System.Collections.Generic;

namespace OneRoster.Csv
{
    /// <summary>
    /// The rules a bundle is checked against, by id (<see cref="CsvProblem.Rule"/>). docs/csv.md lists each with the
    /// binding fact it comes from. The reader checks the rules it needs to map a file faithfully (structure and value
    /// formats); <see cref="CsvBundleValidator"/> checks all of them.
    /// </summary>
    public static class CsvRules
    {
        /// <summary>The path is neither a folder nor a zip file.</summary>
        public const string BundleNotFound = "bundle.not-found";

        /// <summary>A zip entry lies in a folder; the binding puts every file at the root.</summary>
        public const string BundleNested = "bundle.nested";

        /// <summary>A file that is not one of the binding's (warning).</summary>
        public const string BundleUnknownFile = "bundle.unknown-file";

        /// <summary>The bundle has no <c>manifest.csv</c>.</summary>
        public const string ManifestMissing = "manifest.missing";

        /// <summary>The manifest's header is not <c>propertyName,value</c>.</summary>
        public const string ManifestHeader = "manifest.header";

        /// <summary>A manifest row does not hold exactly two fields.</summary>
        public const string ManifestRow = "manifest.row";

        /// <summary>A required manifest property (a version or a <c>file.*</c> row) is missing.</summary>
        public const string ManifestPropertyMissing = "manifest.property-missing";

        /// <summary>A manifest property appears twice.</summary>
        public const string ManifestPropertyDuplicate = "manifest.property-duplicate";

        /// <summary>A manifest property the binding does not define (warning).</summary>
        public const string ManifestPropertyUnknown = "manifest.property-unknown";

        /// <summary>A manifest value the binding does not allow (versions, <c>absent</c>/<c>bulk</c>/<c>delta</c>).</summary>
        public const string ManifestValue = "manifest.value";

        /// <summary>The manifest declares a file bulk or delta that the bundle lacks.</summary>
        public const string ManifestFileMissing = "manifest.file-missing";

        /// <summary>The bundle holds a file the manifest declares absent.</summary>
        public const string ManifestFileUndeclared = "manifest.file-undeclared";

        /// <summary>A file is empty: not even a header row.</summary>
        public const string FileEmpty = "file.empty";

        /// <summary>A file has a header but no data rows (leave it out and declare it absent instead).</summary>
        public const string FileNoRows = "file.no-rows";

        /// <summary>A file is not valid UTF-8.</summary>
        public const string FileEncoding = "file.encoding";

        /// <summary>A column of the binding is missing from the header.</summary>
        public const string HeaderMissing = "header.missing";

        /// <summary>The header holds the binding's columns in another order.</summary>
        public const string HeaderOrder = "header.order";

        /// <summary>A header matches a binding column only when case is ignored (headers are case-sensitive).</summary>
        public const string HeaderCase = "header.case";

        /// <summary>A header that is neither a binding column nor a <c>metadata.</c> extension column.</summary>
        public const string HeaderUnknown = "header.unknown";

        /// <summary>A header appears twice.</summary>
        public const string HeaderDuplicate = "header.duplicate";

        /// <summary>A <c>metadata.</c> extension column stands before a binding column (extensions go to the right).</summary>
        public const string HeaderMetadataPosition = "header.metadata-position";

        /// <summary>A row holds a different number of fields than the header.</summary>
        public const string RowColumnCount = "row.column-count";

        /// <summary>An empty line (warning; readers skip it).</summary>
        public const string RowEmpty = "row.empty";

        /// <summary>A field holds a line break, which the binding forbids even inside quotes.</summary>
        public const string FieldLineBreak = "field.line-break";

        /// <summary>A required column is empty.</summary>
        public const string ValueRequired = "value.required";

        /// <summary>A sourcedId or reference is not 1–255 characters of <c>0-9 A-Z a-z . - _ / @</c>.</summary>
        public const string ValueGuid = "value.guid";

        /// <summary>A token outside the column's vocabulary (and, where extensible, not an <c>ext:</c> token); case counts.</summary>
        public const string ValueVocabulary = "value.vocabulary";

        /// <summary>Not a date <c>YYYY-MM-DD</c>.</summary>
        public const string ValueDate = "value.date";

        /// <summary>Not a date-time <c>YYYY-MM-DDTHH:MM:SS.sssZ</c> (1.2.1), or not ISO 8601 (1.1).</summary>
        public const string ValueDateTime = "value.datetime";

        /// <summary>Not <c>true</c> or <c>false</c> (lower case).</summary>
        public const string ValueBoolean = "value.boolean";

        /// <summary>Not a base-10 integer.</summary>
        public const string ValueInteger = "value.integer";

        /// <summary>Not a decimal number.</summary>
        public const string ValueFloat = "value.float";

        /// <summary>Not a year <c>YYYY</c>.</summary>
        public const string ValueYear = "value.year";

        /// <summary>A list with an empty item or spaces around an item.</summary>
        public const string ValueList = "value.list";

        /// <summary>A <c>userIds</c> item that is not <c>{type:identifier}</c>.</summary>
        public const string ValueUserId = "value.user-id";

        /// <summary>A <c>scoreScaleValue</c> item that is not <c>{left:right}</c>.</summary>
        public const string ValueScoreScale = "value.score-scale";

        /// <summary><c>subjects</c> and <c>subjectCodes</c> hold lists of different lengths.</summary>
        public const string ValuePairedLists = "value.paired-lists";

        /// <summary>Two rows of a file share a sourcedId.</summary>
        public const string RecordDuplicateId = "record.duplicate-id";

        /// <summary>A reference (from a bulk file) names a record the bundle does not hold.</summary>
        public const string RecordReference = "record.reference";

        /// <summary>A school reference names an org whose type is not <c>school</c>.</summary>
        public const string RecordReferenceType = "record.reference-type";

        /// <summary>A row of a bulk file has a <c>status</c>.</summary>
        public const string BulkStatus = "bulk.status";

        /// <summary>A row of a bulk file has a <c>dateLastModified</c>.</summary>
        public const string BulkDateLastModified = "bulk.date-last-modified";

        /// <summary>A row of a delta file has no <c>status</c>, or one other than <c>active</c> / <c>tobedeleted</c>.</summary>
        public const string DeltaStatus = "delta.status";

        /// <summary>A row of a delta file has no <c>dateLastModified</c>.</summary>
        public const string DeltaDateLastModified = "delta.date-last-modified";

        /// <summary>A value the writer cannot put in a CSV field faithfully (a line break, or a comma inside a list item).</summary>
        public const string WriteUnrepresentable = "write.unrepresentable";

        /// <summary>Every rule id, in the order of docs/csv.md.</summary>
        public static IReadOnlyList<string> All { get; } = new[]
        {
            BundleNotFound, BundleNested, BundleUnknownFile,
            ManifestMissing, ManifestHeader, ManifestRow, ManifestPropertyMissing, ManifestPropertyDuplicate, ManifestPropertyUnknown,
            ManifestValue, ManifestFileMissing, ManifestFileUndeclared,
            FileEmpty, FileNoRows, FileEncoding,
            HeaderMissing, HeaderOrder, HeaderCase, HeaderUnknown, HeaderDuplicate, HeaderMetadataPosition,
            RowColumnCount, RowEmpty, FieldLineBreak,
            ValueRequired, ValueGuid, ValueVocabulary, ValueDate, ValueDateTime, ValueBoolean, ValueInteger, ValueFloat, ValueYear,
            ValueList, ValueUserId, ValueScoreScale, ValuePairedLists,
            RecordDuplicateId, RecordReference, RecordReferenceType,
            BulkStatus, BulkDateLastModified, DeltaStatus, DeltaDateLastModified,
            WriteUnrepresentable,
        };
    }
}
