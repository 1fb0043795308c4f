using System;
using System.Collections.Generic;
using Newtonsoft.Json.Linq;

namespace OneRoster.Testing.Data
{
    /// <summary>
    /// The typed views OneRoster exposes over a shared collection (schools over orgs, students over users, terms over
    /// academic sessions). Used to accept those names in seed data and to fill in the type or role a record lacks.
    /// </summary>
    internal sealed class CollectionAlias
    {
        private static readonly Dictionary<string, CollectionAlias> ByName = new(StringComparer.Ordinal)
        {
            ["schools"] = new(FakeCollections.Orgs, "type", "school"),
            ["terms"] = new(FakeCollections.AcademicSessions, "type", "term"),
            ["gradingPeriods"] = new(FakeCollections.AcademicSessions, "type", "gradingPeriod"),
            ["students"] = new(FakeCollections.Users, "roles.role", "student"),
            ["teachers"] = new(FakeCollections.Users, "roles.role", "teacher"),
        };

        public CollectionAlias(string collection, string field, string value)
        {
            Collection = collection;
            Field = field;
            Value = value;
        }

        /// <summary>The underlying collection.</summary>
        public string Collection { get; }

        /// <summary>Dotted path of the field that selects this view (<c>type</c>, <c>roles.role</c>).</summary>
        public string Field { get; }

        /// <summary>The value that field holds for records in the view.</summary>
        public string Value { get; }

        public static CollectionAlias? Find(string name) => ByName.TryGetValue(name, out var alias) ? alias : null;

        /// <summary>Resolves an alias to its collection name; real collection names pass through.</summary>
        public static string Resolve(string name) => Find(name)?.Collection ?? name;

        /// <summary>True when the record belongs to the view.</summary>
        public bool Contains(JObject record) => RecordFields.Matches(record, Field, Value);

        /// <summary>Gives a record the type or role of the view when it has none.</summary>
        public void FillIn(JObject record)
        {
            if (Field == "roles.role")
            {
                if (record["roles"] is not JArray { Count: > 0 })
                {
                    record["roles"] = new JArray(new JObject { ["roleType"] = "primary", ["role"] = Value });
                }
            }
            else if (record[Field] is null || record[Field]!.Type == JTokenType.Null)
            {
                record[Field] = Value;
            }
        }
    }
}
