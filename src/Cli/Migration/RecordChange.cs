using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace OneRoster.Cli.Migration
{
    /// <summary>What copying one record would do to the target: create it, update it (which fields), or nothing.</summary>
    internal sealed record RecordChange(string Collection, string SourcedId, string? Title, string Action, IReadOnlyList<string> Fields)
    {
        public const string Create = "create";
        public const string Update = "update";
        public const string Unchanged = "unchanged";

        /// <summary>
        /// Compares the source's record with the target's. <c>href</c>s (they name each provider's own host) and
        /// <c>dateLastModified</c> (each provider keeps its own) are not content, so they never make a difference.
        /// </summary>
        public static RecordChange Between(string collection, JObject source, JObject? target)
        {
            var id = (string?)source["sourcedId"] ?? string.Empty;
            var title = (string?)source["title"];
            if (target is null)
            {
                return new RecordChange(collection, id, title, Create, source.Properties().Select(p => p.Name).Where(IsContent).ToList());
            }
            var left = Content(source);
            var right = Content(target);
            var names = left.Properties().Select(p => p.Name).Union(right.Properties().Select(p => p.Name));
            var changed = names.Where(n => !JToken.DeepEquals(left[n], right[n])).ToList();
            return new RecordChange(collection, id, title, changed.Count == 0 ? Unchanged : Update, changed);
        }

        /// <summary>The record as written to the target: without the source's hrefs.</summary>
        public static JObject WithoutHrefs(JObject record)
        {
            var copy = (JObject)record.DeepClone();
            foreach (var href in copy.Descendants().OfType<JProperty>().Where(p => p.Name == "href").ToList())
            {
                href.Remove();
            }
            return copy;
        }

        private static JObject Content(JObject record)
        {
            var copy = WithoutHrefs(record);
            copy.Remove("dateLastModified");
            return copy;
        }

        private static bool IsContent(string name) => name != "dateLastModified";
    }
}
