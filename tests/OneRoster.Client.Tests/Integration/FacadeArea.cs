using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using OneRoster.Collections;
using OneRoster.Serialization;

namespace OneRoster.Tests.Integration
{
    /// <summary>
    /// One resource area of the facade, reduced to what the integration tests need: which collection of the
    /// fake holds its records, which of them the endpoint serves (a filter in OneRoster syntax, as the spec's
    /// alias endpoints define them), and its reads and writes as untyped delegates so one table covers every area.
    /// </summary>
    public sealed class FacadeArea
    {
        private static readonly Newtonsoft.Json.JsonSerializer Serializer = OneRosterJson.CreateSerializer();

        private FacadeArea(string name, string collection, string? serves)
        {
            Name = name;
            Collection = collection;
            Serves = serves;
        }

        public string Name { get; }

        /// <summary>The fake's collection (<c>FakeDistrict.Records</c>) behind the area.</summary>
        public string Collection { get; }

        /// <summary>Which records of the collection the area's list serves; null for all.</summary>
        public string? Serves { get; }

        public Func<OneRosterClient, Task<List<string>>> StreamIds { get; private init; } = null!;

        public Func<OneRosterClient, string, Task<string?>> GetId { get; private init; } = null!;

        /// <summary>Create, upsert, update and delete; null for the read-only areas (students, teachers, terms).</summary>
        public AreaWrites? Writes { get; private init; }

        public static FacadeArea Reads<T>(string name, string collection, string? serves, Func<OneRosterClient, RecordCollection<T>> pick)
            where T : class =>
            new(name, collection, serves)
            {
                StreamIds = async c => (await pick(c).ToListAsync()).Select(r => IdOf(r)!).ToList(),
                GetId = async (c, id) => IdOf(await pick(c).GetAsync(id)),
            };

        public static FacadeArea Editable<T>(string name, string collection, string? serves, Func<OneRosterClient, EditableRecordCollection<T>> pick)
            where T : class
        {
            var area = Reads<T>(name, collection, serves, pick);
            return new(name, collection, serves)
            {
                StreamIds = area.StreamIds,
                GetId = area.GetId,
                Writes = new AreaWrites(
                    (c, json) => pick(c).CreateAsync(json.ToObject<T>(Serializer)!),
                    (c, id, json) => pick(c).UpsertAsync(id, json.ToObject<T>(Serializer)!),
                    (c, id, json) => pick(c).UpdateAsync(id, json.ToObject<T>(Serializer)!),
                    (c, id) => pick(c).DeleteAsync(id)),
            };
        }

        public static string? IdOf(object record) => (string?)JObject.FromObject(record, Serializer)["sourcedId"];

        public override string ToString() => Name;
    }

    /// <summary>The writes of an editable area, taking records as JSON so one test serves every record type.</summary>
    public sealed record AreaWrites(
        Func<OneRosterClient, JObject, Task<string>> Create,
        Func<OneRosterClient, string, JObject, Task> Upsert,
        Func<OneRosterClient, string, JObject, Task> Update,
        Func<OneRosterClient, string, Task> Delete);
}
