using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;
using OneRoster.Collections;
using OneRoster.Testing.Data;
using OneRoster.Testing.Protocol;

namespace OneRoster.Testing.Routing
{
    /// <summary>
    /// The operations every OneRoster collection has: list, read, create (POST, 201 with <c>sourcedIdPairs</c>),
    /// replace (PUT, 200 or 201 when new) and delete (204). An alias (<c>schools</c>, <c>students</c>, <c>terms</c>)
    /// restricts reads to its view and fills in the type or role on writes.
    /// </summary>
    internal static class EntityEndpoints
    {
        public static FakeResponse List(ApiRequest request, string collection, string? alias)
        {
            var target = request.Collection(collection);
            var view = alias is null ? null : CollectionAlias.Find(alias)!;
            var candidates = view is null ? target.AllByPosition() : target.Where(view.Field, view.Value, request.HrefRoot);
            return ListAnswer.Of(request, target, candidates);
        }

        public static FakeResponse Get(ApiRequest request, string collection, string? alias, string idParameter = "sourcedId")
        {
            var (found, _) = Lookup.Require(request, collection, request[idParameter], alias);
            return ListAnswer.Single(request, request.Collection(collection), found);
        }

        public static FakeResponse Create(ApiRequest request, string collection, string? alias)
        {
            var target = request.Collection(collection);
            var record = New(request, target, request.Envelope(target.Kind.Singular), alias);
            return Pairs(request, new[] { record.Supplied }, new[] { record.Stored }, single: true);
        }

        public static FakeResponse Put(ApiRequest request, string collection, string? alias, PutAnswer answer, int replacedStatus = 200)
        {
            var target = request.Collection(collection);
            var record = (JObject)request.Envelope(target.Kind.Singular).DeepClone();
            StoreAs12(request, target, record);
            if (alias is not null)
            {
                CollectionAlias.Find(alias)!.FillIn(record);
            }
            // The path names the record; a different sourcedId in the body does not move it.
            record["sourcedId"] = request["sourcedId"];
            record["status"] ??= "active";
            record["dateLastModified"] = request.Now();
            var created = target.Upsert(record);
            var rendered = ListAnswer.Render(request, target, target.Locate(request["sourcedId"])!.Value);
            JToken body = answer == PutAnswer.Bare ? rendered : new JObject { [target.Kind.Singular] = rendered };
            return FakeResponse.JsonBody(created ? 201 : replacedStatus, body);
        }

        public static FakeResponse Delete(ApiRequest request, string collection, string? alias)
        {
            Lookup.Require(request, collection, request["sourcedId"], alias);
            request.Collection(collection).Remove(request["sourcedId"]);
            return FakeResponse.NoContent();
        }

        /// <summary>Creates several records at once (bulk posts); all are checked before any is stored.</summary>
        public static FakeResponse CreateMany(ApiRequest request, string collection, JArray items, System.Action<JObject> complete)
        {
            var target = request.Collection(collection);
            var prepared = new List<(string Supplied, JObject Record)>();
            var ids = new HashSet<string>();
            foreach (var item in items)
            {
                if (item is not JObject obj)
                {
                    throw ProtocolError.BadRequest(StatusInfo.InvalidData, $"Every item of '{collection}' must be an object.");
                }
                var record = Prepare(request, target, obj, null);
                if (!ids.Add(record.Record.Value<string>("sourcedId")!))
                {
                    throw new ProtocolError(422, StatusInfo.InvalidData, $"The sourcedId '{record.Record["sourcedId"]}' appears twice.");
                }
                complete(record.Record);
                prepared.Add(record);
            }
            foreach (var (_, record) in prepared)
            {
                target.Upsert(record);
            }
            return Pairs(request, prepared.Select(p => p.Supplied), prepared.Select(p => p.Record), single: false);
        }

        /// <summary>Checks, completes and stores a new record.</summary>
        public static (string Supplied, JObject Stored) New(ApiRequest request, RecordCollection target, JObject body, string? alias, System.Action<JObject>? complete = null)
        {
            var (supplied, record) = Prepare(request, target, body, alias);
            complete?.Invoke(record);
            target.Upsert(record);
            return (supplied, record);
        }

        /// <summary>The <c>sourcedIdPairs</c> answer; single creates follow <see cref="FakeServerOptions.SourcedIdPairs"/>.</summary>
        public static FakeResponse Pairs(ApiRequest request, IEnumerable<string> supplied, IEnumerable<JObject> records, bool single)
        {
            var pairs = new JArray(supplied.Zip(records, (s, r) => new JObject
            {
                ["suppliedSourcedId"] = s,
                ["allocatedSourcedId"] = r["sourcedId"]!.DeepClone(),
            }));
            JToken value = single && request.Options.SourcedIdPairs == SourcedIdPairsShape.SingleObject ? pairs[0] : pairs;
            return FakeResponse.JsonBody(201, new JObject { ["sourcedIdPairs"] = value });
        }

        private static void StoreAs12(ApiRequest request, RecordCollection target, JObject record)
        {
            if (request.Options.PayloadVersion == OneRosterVersion.V1p1)
            {
                OneRoster11Records.Store(target.Name, record);
            }
        }

        private static (string Supplied, JObject Record) Prepare(ApiRequest request, RecordCollection target, JObject body, string? alias)
        {
            var record = (JObject)body.DeepClone();
            StoreAs12(request, target, record);
            if (alias is not null)
            {
                CollectionAlias.Find(alias)!.FillIn(record);
            }
            var supplied = record["sourcedId"] is JValue { Type: JTokenType.String } given ? (string?)given : null;
            if (string.IsNullOrEmpty(supplied))
            {
                supplied = request.District.AllocateId(target);
            }
            else if (target.Contains(supplied))
            {
                throw new ProtocolError(422, StatusInfo.InvalidData, $"A {target.Kind.Singular} with sourcedId '{supplied}' already exists; use PUT to replace it.");
            }
            record["sourcedId"] = supplied;
            record["status"] ??= "active";
            record["dateLastModified"] = request.Now();
            return (supplied, record);
        }
    }

    /// <summary>What a PUT answers with, as the OpenAPI documents declare per operation.</summary>
    internal enum PutAnswer
    {
        /// <summary>The record in its envelope (<c>{"course": {...}}</c>).</summary>
        Envelope,

        /// <summary>The bare record (Timeback's updateClass, updateOrg, updateSchool, putAcademicSession, putDemographics).</summary>
        Bare,
    }
}
