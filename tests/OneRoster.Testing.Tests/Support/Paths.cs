namespace OneRoster.Testing.Tests.Support
{
    /// <summary>Service base paths.</summary>
    public static class Paths
    {
        public const string Rostering = "ims/oneroster/rostering/v1p2/";
        public const string Gradebook = "ims/oneroster/gradebook/v1p2/";
        public const string Resources = "ims/oneroster/resources/v1p2/";
    }
}
