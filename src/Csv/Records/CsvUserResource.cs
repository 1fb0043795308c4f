namespace OneRoster.Csv
{
    /// <summary>A row of <c>userResources.csv</c>: a resource assigned to a user (<c>User.Resources</c> in REST).</summary>
    public sealed class CsvUserResource : CsvRecord
    {
        /// <summary>The user (→ users.csv).</summary>
        public string? UserSourcedId { get; set; }

        /// <summary>The org the assignment is for (→ orgs.csv); REST does not carry it.</summary>
        public string? OrgSourcedId { get; set; }

        /// <summary>The class the assignment is for (→ classes.csv); REST does not carry it.</summary>
        public string? ClassSourcedId { get; set; }

        /// <summary>The resource (→ resources.csv).</summary>
        public string? ResourceSourcedId { get; set; }
    }
}
