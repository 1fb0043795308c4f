namespace OneRoster.Csv
{
    /// <summary>How a bundle carries a file, as the manifest's <c>file.*</c> row says.</summary>
    public enum CsvFileMode
    {
        /// <summary>The file is not in the bundle.</summary>
        Absent,

        /// <summary>The file is the complete set of its records; <c>status</c> and <c>dateLastModified</c> are empty.</summary>
        Bulk,

        /// <summary>The file holds changes: every row carries <c>status</c> (<c>active</c> or <c>tobedeleted</c>) and <c>dateLastModified</c>.</summary>
        Delta,
    }
}
