using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;
using OneRoster.Collections;
using OneRoster.Testing.Data;
using OneRoster.Testing.Protocol;

namespace OneRoster.Testing.Routing
{
    /// <summary>Finding records named in a request, answering 404 <c>unknownobject</c> when they are absent.</summary>
    internal static class Lookup
    {
        /// <summary>The record with this sourcedId (in the alias view, when given).</summary>
        /// <exception cref="ProtocolError">404 when there is none.</exception>
        public static (RecordRef Ref, JObject Record) Require(ApiRequest request, string collection, string sourcedId, string? alias = null)
        {
            var target = request.Collection(collection);
            if (target.Locate(sourcedId) is { } found)
            {
                var record = target.Materialize(found, request.HrefRoot);
                if (alias is null || CollectionAlias.Find(alias)!.Contains(record))
                {
                    return (found, record);
                }
            }
            throw ProtocolError.NotFound(Describe(alias ?? target.Kind.Singular), sourcedId);
        }

        /// <summary>Records of a collection by sourcedId, in the given order, skipping duplicates and ids with no record.</summary>
        public static List<RecordRef> ByIds(RecordCollection collection, IEnumerable<string> ids)
        {
            var refs = new List<RecordRef>();
            foreach (var id in ids.Distinct())
            {
                if (collection.Locate(id) is { } found)
                {
                    refs.Add(found);
                }
            }
            return refs;
        }

        /// <summary>The sourcedIds of the GuidRefs at a dotted path of a record (<c>resources.sourcedId</c>).</summary>
        public static IEnumerable<string> Ids(JToken record, string path) =>
            RecordFields.Values(record, path).Where(v => v.Type == JTokenType.String).Select(v => (string)v!);

        private static string Describe(string kind) => kind switch
        {
            "schools" => "school",
            "students" => "student",
            "teachers" => "teacher",
            "terms" => "term",
            "gradingPeriods" => "grading period",
            _ => kind,
        };
    }
}
