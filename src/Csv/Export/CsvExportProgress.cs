namespace OneRoster.Csv
{
    /// <summary>How far an export has come.</summary>
    /// <param name="File">The file being written (<c>users.csv</c>).</param>
    /// <param name="FileRecords">Records of that file's collection written so far.</param>
    /// <param name="TotalRecords">Records written so far over all collections.</param>
    /// <param name="FileDone">True on the last report of the file.</param>
    public sealed record CsvExportProgress(string File, long FileRecords, long TotalRecords, bool FileDone);
}
