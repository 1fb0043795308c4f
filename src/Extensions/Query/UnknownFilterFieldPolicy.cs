namespace OneRoster.Query
{
    /// <summary>
    /// What the client does when a filter names a field the record type does not have (<c>noSuchField='x'</c>): most
    /// providers then answer with no records at all, silently. Fields under <c>metadata.</c> and extension fields (a
    /// first segment with a <c>:</c> prefix, such as <c>ext:grade</c> or <c>vendor:code</c>) are always allowed.
    /// </summary>
    public enum UnknownFilterFieldPolicy
    {
        /// <summary>Log a Warning, once per field, record type and client, and send the filter as written (default).</summary>
        Warn,

        /// <summary>Throw <see cref="System.ArgumentException"/> before any request is sent.</summary>
        Throw,

        /// <summary>Send the filter as written without a word (providers with fields beyond the 1.2 binding).</summary>
        Ignore,
    }
}
