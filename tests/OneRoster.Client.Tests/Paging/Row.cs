namespace OneRoster.Tests.Paging
{
    /// <summary>A record with nothing but its key, so tests read as ids.</summary>
    public sealed record Row(string? Id);
}
