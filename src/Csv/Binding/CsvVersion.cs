namespace OneRoster.Csv
{
    /// <summary>The OneRoster CSV binding a bundle follows, as its manifest's <c>oneroster.version</c> says.</summary>
    public enum CsvVersion
    {
        /// <summary>OneRoster 1.1 (<c>oneroster.version</c> <c>1.1</c>): 13 data files, roles inside users.csv.</summary>
        V1_1 = 11,

        /// <summary>OneRoster 1.2 and its correction 1.2.1 (<c>oneroster.version</c> <c>1.2</c>): 21 data files.</summary>
        V1_2 = 12,
    }
}
