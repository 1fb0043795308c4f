namespace OneRoster.Csv
{
    /// <summary>How the writer ends lines.</summary>
    public enum CsvLineEnding
    {
        /// <summary><c>CR LF</c>, as RFC 4180 (which the binding points to) says.</summary>
        CrLf,

        /// <summary><c>LF</c> alone; every reader of the binding we know accepts it too.</summary>
        Lf,
    }
}
