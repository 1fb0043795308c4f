namespace OneRoster
{
    /// <summary>The three OneRoster services, each served under its own root (see <see cref="OneRosterServicePaths"/>).</summary>
    public enum OneRosterService
    {
        /// <summary>Orgs, users, classes, enrollments, sessions, courses, demographics.</summary>
        Rostering,

        /// <summary>Line items, results, categories, score scales.</summary>
        Gradebook,

        /// <summary>Resources and their assignments.</summary>
        Resources,
    }
}
