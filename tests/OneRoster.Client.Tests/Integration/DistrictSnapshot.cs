using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;
using OneRoster.Query;
using OneRoster.Testing;

namespace OneRoster.Tests.Integration
{
    /// <summary>
    /// The fake's records read once, for computing what an endpoint should answer. Filters use the client's
    /// own parser, the same one the fake evaluates with, so expectations and answers read a filter alike.
    /// </summary>
    public sealed class DistrictSnapshot
    {
        private readonly FakeDistrict _district;
        private readonly Dictionary<string, List<JObject>> _collections = new(StringComparer.Ordinal);

        public DistrictSnapshot(FakeDistrict district) => _district = district;

        public IReadOnlyList<JObject> this[string collection] =>
            _collections.TryGetValue(collection, out var records) ? records : _collections[collection] = _district.RecordObjects(collection).ToList();

        public IEnumerable<JObject> Where(string collection, string? filter) =>
            filter is null ? this[collection] : this[collection].Where(Filter.Parse(filter).Matches);

        public IEnumerable<string> IdsWhere(string collection, string? filter) => Ids(Where(collection, filter));

        /// <summary>The values at a JSON path (<c>resources[*].sourcedId</c>) of the record with that id.</summary>
        public IEnumerable<string> RefsOf(string collection, string sourcedId, string path) =>
            this[collection].Where(r => (string?)r["sourcedId"] == sourcedId).SelectMany(r => r.SelectTokens(path)).Select(t => (string)t!);

        /// <summary>The users (or classes) linked by enrollments matching the filter.</summary>
        public IEnumerable<string> Enrolled(string filter, string side) =>
            Where(FakeCollections.Enrollments, filter).Select(e => (string)e[side]!["sourcedId"]!).Distinct();

        /// <summary>Users holding the role at the org (one roles entry with both).</summary>
        public IEnumerable<string> UsersWithRoleAt(string role, string org) =>
            Ids(this[FakeCollections.Users].Where(u => u["roles"] is JArray roles && roles.Any(r =>
                (string?)r["role"] == role && (string?)r["org"]?["sourcedId"] == org)));

        public static IEnumerable<string> Ids(IEnumerable<JObject> records) => records.Select(r => (string)r["sourcedId"]!);
    }
}
