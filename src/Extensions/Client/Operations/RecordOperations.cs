namespace OneRoster.Operations
{
    /// <summary>The operationIds that serve one kind of record; null where the API has no such operation.</summary>
    internal sealed record RecordOperations(
        string List,
        string? Get = null,
        string? Create = null,
        string? Put = null,
        string? Delete = null);
}
