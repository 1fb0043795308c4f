namespace OneRoster.Operations
{
    /// <summary>The list parameters of one request, in the generated request factories' own terms.</summary>
    internal readonly record struct QueryArguments(
        int? Limit = null,
        int? Offset = null,
        string? Sort = null,
        string? OrderBy = null,
        string? Filter = null,
        string? Fields = null,
        string? Search = null);
}
