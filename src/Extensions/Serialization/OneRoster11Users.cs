using Newtonsoft.Json.Linq;

namespace OneRoster.Serialization
{
    /// <summary>
    /// A 1.1 user has one <c>role</c> and a list of <c>orgs</c>; the 1.2 DTO holds role assignments (<c>roles[]</c>)
    /// and a <c>primaryOrg</c>. Each org becomes an assignment of that role, the first one <c>primary</c> (1.1 does
    /// not say which org is primary; the CSV reader's 1.1 users.csv does the same), and the first org is the primary
    /// org. A user without orgs gets one primary assignment without an org. The role is kept as sent: 1.1's
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
