namespace OneRoster.Paging
{
    /// <summary>One page to fetch: the OneRoster <c>offset</c> and <c>limit</c> query parameters of a list call.</summary>
    /// <param name="Offset">How many records of the collection come before the first record of the page (0-based).</param>
    /// <param name="Limit">How many records to ask for. Providers may answer with fewer (they cap <c>limit</c> silently).</param>
    public readonly record struct PageRequest(int Offset, int Limit);
}
