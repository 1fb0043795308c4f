using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using YamlDotNet.Serialization;

namespace OneRoster.Tests.Support
{
    /// <summary>One operation of a reference document: where it lives and what it is called.</summary>
    internal sealed record ReferenceOperation(string Source, string OperationId, string Method, string Path)
    {
        /// <summary>Method and path with parameter names and trailing slashes removed, for matching across documents.</summary>
        public string Shape => Method + " " + Regex.Replace(Path.TrimEnd('/'), "\\{[^}]+\\}", "{}");
    }

    /// <summary>Reads the 1EdTech OneRoster 1.2 and Timeback OpenAPI documents (JSON and YAML) as JSON trees.</summary>
    internal static class ReferenceDocuments
    {
        private static readonly string[] Methods = { "get", "put", "post", "delete", "patch" };
        private static readonly Lazy<IReadOnlyList<(string Name, JObject Doc)>> Standard = new(() => LoadStandard());
        private static readonly Lazy<IReadOnlyList<(string Name, JObject Doc)>> Timeback = new(() => LoadTimeback());

        public static IReadOnlyList<(string Name, JObject Doc)> StandardDocuments => Standard.Value;

        public static IReadOnlyList<(string Name, JObject Doc)> TimebackDocuments => Timeback.Value;

        /// <summary>The 81 operations of the three 1.2 documents, with paths made absolute.</summary>
        public static IReadOnlyList<ReferenceOperation> StandardOperations() =>
            StandardDocuments.SelectMany(d => Operations(d.Name, d.Doc, "/ims/oneroster/" + d.Name + "/v1p2")).ToList();

        /// <summary>
        /// Timeback operations the standard does not define: not the same id, and not the same
        /// method and path under another name (Timeback's updateLineItem is the standard's putLineItem).
        /// </summary>
        public static IReadOnlyList<ReferenceOperation> TimebackOnlyOperations()
        {
            var standard = StandardOperations();
            var ids = standard.Select(o => o.OperationId).ToHashSet(StringComparer.Ordinal);
            var shapes = standard.Select(o => o.Shape).ToHashSet(StringComparer.Ordinal);
            return TimebackDocuments
                .SelectMany(d => Operations(d.Name, d.Doc, string.Empty))
                .Where(o => !ids.Contains(o.OperationId) && !shapes.Contains(o.Shape))
                .GroupBy(o => o.OperationId, StringComparer.Ordinal)
                .Select(g => g.First())
                .ToList();
        }

        public static IEnumerable<ReferenceOperation> Operations(string source, JObject doc, string prefix)
        {
            foreach (var path in ((JObject)doc["paths"]!).Properties())
            {
                foreach (var method in ((JObject)path.Value).Properties().Where(p => Methods.Contains(p.Name)))
                {
                    yield return new ReferenceOperation(source, (string)method.Value["operationId"]!, method.Name.ToUpperInvariant(), prefix + path.Name);
                }
            }
        }

        private static IReadOnlyList<(string, JObject)> LoadStandard()
        {
            var dir = Path.Combine(RepositoryPaths.ReferenceDirectory(), "oneroster-1.2");
            return new[] { "rostering", "gradebook", "resources" }
                .Select(n => (n, JObject.Parse(File.ReadAllText(Path.Combine(dir, n + ".openapi.json")))))
                .ToList();
        }

        private static IReadOnlyList<(string, JObject)> LoadTimeback()
        {
            var dir = Path.Combine(RepositoryPaths.ReferenceDirectory(), "timeback");
            return Directory.GetFiles(dir, "*.yaml").OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => (Path.GetFileNameWithoutExtension(f), YamlToJson(File.ReadAllText(f))))
                .ToList();
        }

        /// <summary>Parses YAML and re-reads it as JSON so both reference formats are handled alike.</summary>
        public static JObject YamlToJson(string yaml)
        {
            var graph = new DeserializerBuilder().Build().Deserialize<object>(new StringReader(yaml));
            var json = new SerializerBuilder().JsonCompatible().Build().Serialize(graph!);
            return JObject.Parse(json);
        }
    }
}
