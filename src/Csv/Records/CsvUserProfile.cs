namespace OneRoster.Csv
{
    /// <summary>A row of <c>userProfiles.csv</c>: a user's account on one system, with one credential (<c>User.UserProfiles</c> in REST).</summary>
    public sealed class CsvUserProfile : CsvRecord
    {
        /// <summary>The user (→ users.csv).</summary>
        public string? UserSourcedId { get; set; }

        /// <summary>A label the target application understands.</summary>
        public string? ProfileType { get; set; }

        /// <summary>The vendor of the system the profile is for.</summary>
        public string? VendorId { get; set; }

        /// <summary>The application the profile is for.</summary>
        public string? ApplicationId { get; set; }

        /// <summary>A description (never a secret).</summary>
        public string? Description { get; set; }

        /// <summary>The kind of credential.</summary>
        public string? CredentialType { get; set; }

        /// <summary>The user name of the credential.</summary>
        public string? Username { get; set; }

        /// <summary>The password of the credential (possibly encrypted as the two systems agree).</summary>
        public string? Password { get; set; }
    }
}
