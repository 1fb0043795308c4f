using System.Collections.Generic;
using OneRoster.Rostering;

namespace OneRoster.Csv.Binding
{
    /// <summary>GuidRefs made from CSV references: the target file tells the REST <c>type</c> the reference carries.</summary>
    internal static class References
    {
        private static readonly Dictionary<string, string> TypeByTarget = new(System.StringComparer.Ordinal)
        {
            ["academicSessions"] = "academicSession",
            ["categories"] = "category",
            ["classes"] = "class",
            ["courses"] = "course",
            ["lineItems"] = "lineItem",
            ["orgs"] = "org",
            ["resources"] = "resource",
            ["results"] = "result",
            ["scoreScales"] = "scoreScale",
            ["users"] = "user",
            ["userProfiles"] = "userProfile",
        };

        /// <summary>A GuidRef to a record of the target file (its base name, e.g. <c>orgs</c>); no href (CSV has none).</summary>
        public static GuidRef To(string target, string sourcedId) => new() { SourcedId = sourcedId, Type = TypeOf(target) };

        public static string TypeOf(string target) => TypeByTarget.TryGetValue(target, out var type) ? type : target;
    }
}
