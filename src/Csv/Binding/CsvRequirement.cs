namespace OneRoster.Csv
{
    /// <summary>Whether a column must hold a value (the binding's "Required" column). The header is always required.</summary>
    public enum CsvRequirement
    {
        /// <summary>Every row holds a value.</summary>
        Required,

        /// <summary>Empty in a bulk file, present in a delta file (<c>status</c>, <c>dateLastModified</c>).</summary>
        RequiredInDelta,

        /// <summary>The value may be empty.</summary>
        Optional,
    }
}
