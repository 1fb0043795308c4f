namespace OneRoster.Cli.Records
{
    /// <summary>A parent a nested list is read under, and the <c>list</c> option that names it (<c>--school ID</c>).</summary>
    internal enum Scope
    {
        School,
        Class,
        Course,
        Term,
        User,
        Student,
        Teacher,
        LineItem,
    }

    internal static class ScopeNames
    {
        public static string OptionOf(Scope scope) => scope switch
        {
            Scope.LineItem => "--line-item",
            _ => "--" + scope.ToString().ToLowerInvariant(),
        };
    }
}
