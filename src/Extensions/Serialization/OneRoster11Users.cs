using Newtonsoft.Json.Linq;

namespace OneRoster.Serialization
{
    /// <summary>
    /// A 1.1 user has one <c>role</c> and a list of <c>orgs</c>; the 1.2 DTO holds role assignments (<c>roles[]</c>)
    /// and a <c>primaryOrg</c>. Each org becomes an assignment of that role, the first one <c>primary</c> (1.1 does
    /// not say which org is primary; the CSV reader's 1.1 users.csv does the same), and the first org is the primary
    /// org; writing does the reverse. A user without orgs gets one primary assignment without an org. The role is kept as sent: 1.1's
    /// <c>administrator</c> is not guessed into 1.2's district, site or system administrator.
    /// </summary>
    internal sealed class OneRoster11Users : OneRoster11Mapping
    {
        public static OneRoster11Users Instance { get; } = new();

        public override void Read(JObject record)
        {
            base.Read(record);
            OneRoster11Fields.LowerCaseFlag(record, "enabledUser");
            OneRoster11Fields.ListFromText(record, "grades");
            // A provider already sending roles is left alone (its role and orgs then stay as unknown fields).
            if (record["roles"] is not null || (record["role"] is null && record["orgs"] is null))
            {
                return;
            }
            var role = record["role"] is JValue { Type: JTokenType.String } value ? (string?)value : null;
            var roles = new JArray();
            if (record["orgs"] is JArray orgs)
            {
                foreach (var org in orgs)
                {
                    if (org is JObject reference)
                    {
                        roles.Add(Assignment(roles.Count == 0 ? "primary" : "secondary", role, reference));
                    }
                }
                if (record["primaryOrg"] is null && orgs.Count > 0 && orgs[0] is JObject first)
                {
                    record["primaryOrg"] = first.DeepClone();
                }
            }
            if (roles.Count == 0 && role is not null)
            {
                roles.Add(Assignment("primary", role, null));
            }
            record["roles"] = roles;
            record.Remove("role");
            record.Remove("orgs");
        }

        /// <summary>
        /// A 1.2 user written to a 1.1 provider: the primary assignment's role (else the first's) as <c>role</c>, and as
        /// <c>orgs</c> the primary org first, then the orgs of the assignments in order, each once. What else 1.2 added is
        /// sent as it is: only providers with writes beyond the 1.1 binding take users.
        /// </summary>
        public override void Write(JObject record)
        {
            if (record["roles"] is not JArray roles)
            {
                return;
            }
            var assignments = new System.Collections.Generic.List<JObject>();
            foreach (var item in roles)
            {
                if (item is JObject assignment)
                {
                    assignments.Add(assignment);
                }
            }
            var primary = assignments.Find(a => (string?)a["roleType"] == "primary") ?? (assignments.Count > 0 ? assignments[0] : null);
            var orgs = new JArray();
            var seen = new System.Collections.Generic.HashSet<string>(System.StringComparer.Ordinal);
            void Add(JToken? org)
            {
                if (org is JObject reference && (string?)reference["sourcedId"] is { } id && seen.Add(id))
                {
                    orgs.Add(reference.DeepClone());
                }
            }
            Add(record["primaryOrg"]);
            Add(primary?["org"]);
            foreach (var assignment in assignments)
            {
                Add(assignment["org"]);
            }
            record.Remove("roles");
            record.Remove("primaryOrg");
            if (primary?["role"] is JValue role)
            {
                record["role"] = role.DeepClone();
            }
            record["orgs"] = orgs;
        }

        private static JObject Assignment(string roleType, string? role, JObject? org)
        {
            var assignment = new JObject { ["roleType"] = roleType };
            if (role is not null)
            {
                assignment["role"] = role;
            }
            if (org is not null)
            {
                assignment["org"] = org.DeepClone();
            }
            return assignment;
        }
    }
}
