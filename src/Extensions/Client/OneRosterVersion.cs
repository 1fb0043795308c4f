namespace OneRoster
{
    /// <summary>The OneRoster version a provider's payloads follow (<see cref="OneRosterProvider.PayloadVersion"/>).</summary>
    public enum OneRosterVersion
    {
        /// <summary>OneRoster 1.2: users with <c>roles[]</c>, the 1.2 vocabularies. What the generated DTOs declare.</summary>
        V1p2,

        /// <summary>OneRoster 1.1: users with one <c>role</c> and <c>orgs[]</c>, string booleans, classes with <c>periods</c>.</summary>
        V1p1,
    }
}
