using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using YamlDotNet.Serialization;

namespace OneRoster.Testing.Tests.Support
{
    /// <summary>One operation of the project's OpenAPI documents.</summary>
    public sealed record OpenApiOperation(
        string Document,
        string Method,
        string Path,
        string OperationId,
        IReadOnlyList<int> SuccessStatuses,
        string? SuccessSchema,
        string? RequestSchema)
    {
        public override string ToString() => OperationId;
    }

    /// <summary>Reads openapi/rostering.yaml, gradebook.yaml and resources.yaml (YamlDotNet) for the facts the fake must match.</summary>
    public static class OpenApiDocuments
    {
        public const string Binary = "(binary)";

        private static readonly string[] Names = { "rostering", "gradebook", "resources" };
        private static readonly Lazy<Dictionary<string, Dictionary<object, object>>> Documents = new(Load);
        private static readonly Lazy<List<OpenApiOperation>> AllOperations = new(ReadOperations);

        public static IReadOnlyList<OpenApiOperation> Operations => AllOperations.Value;

        /// <summary>Declared properties of a schema (allOf parts merged): name → type or referenced schema name.</summary>
        public static IReadOnlyDictionary<string, string> Properties(string document, string schema)
        {
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            Collect(document, Map(Map(Map(Documents.Value[document], "components"), "schemas"), schema), result);
            return result;
        }

        /// <summary>The properties every list answer may carry for paging (the PagedSet schema).</summary>
        public static IReadOnlyCollection<string> PagingProperties(string document) => Properties(document, "PagedSet").Keys.ToList();

        private static void Collect(string document, Dictionary<object, object> schema, Dictionary<string, string> into)
        {
            if (schema.TryGetValue("$ref", out var reference))
            {
                Collect(document, Map(Map(Map(Documents.Value[document], "components"), "schemas"), RefName(reference)), into);
            }
            if (schema.TryGetValue("allOf", out var parts))
            {
                foreach (var part in (List<object>)parts)
                {
                    Collect(document, (Dictionary<object, object>)part, into);
                }
            }
            if (schema.TryGetValue("properties", out var properties))
            {
                foreach (var (name, value) in (Dictionary<object, object>)properties)
                {
                    into[(string)name] = TypeOf((Dictionary<object, object>)value);
                }
            }
        }

        private static string TypeOf(Dictionary<object, object> property)
        {
            if (property.TryGetValue("type", out var type))
            {
                return (string)type;
            }
            if (property.TryGetValue("$ref", out var reference))
            {
                return "object";
            }
            return property.ContainsKey("allOf") ? "object" : "any";
        }

        private static List<OpenApiOperation> ReadOperations()
        {
            var operations = new List<OpenApiOperation>();
            foreach (var (name, document) in Documents.Value)
            {
                var components = Map(document, "components");
                foreach (var (path, item) in Map(document, "paths"))
                {
                    foreach (var (method, body) in (Dictionary<object, object>)item)
                    {
                        if ((string)method is not ("get" or "post" or "put" or "delete" or "patch"))
                        {
                            continue;
                        }
                        var operation = (Dictionary<object, object>)body;
                        var responses = Map(operation, "responses");
                        var success = responses.Keys.Select(k => int.Parse((string)k, System.Globalization.CultureInfo.InvariantCulture)).Where(c => c is >= 200 and < 300).ToList();
                        string? successSchema = null;
                        foreach (var code in success)
                        {
                            successSchema ??= SchemaOf(components, "responses", (Dictionary<object, object>)responses[code.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
                        }
                        var requestSchema = operation.TryGetValue("requestBody", out var requestBody)
                            ? SchemaOf(components, "requestBodies", (Dictionary<object, object>)requestBody)
                            : null;
                        operations.Add(new OpenApiOperation(name, ((string)method).ToUpperInvariant(), (string)path, (string)operation["operationId"], success, successSchema, requestSchema));
                    }
                }
            }
            return operations;
        }

        private static string? SchemaOf(Dictionary<object, object> components, string section, Dictionary<object, object> response)
        {
            if (response.TryGetValue("$ref", out var reference))
            {
                response = Map(Map(components, section), RefName(reference));
            }
            if (!response.TryGetValue("content", out var content))
            {
                return null;
            }
            var (mediaType, media) = ((Dictionary<object, object>)content).First();
            var schema = Map((Dictionary<object, object>)media, "schema");
            if (schema.TryGetValue("$ref", out var schemaRef))
            {
                return RefName(schemaRef);
            }
            return (string)mediaType == "application/json" ? null : Binary;
        }

        private static Dictionary<string, Dictionary<object, object>> Load()
        {
            var deserializer = new DeserializerBuilder().Build();
            var folder = RepositoryFolder("openapi");
            return Names.ToDictionary(n => n, n => deserializer.Deserialize<Dictionary<object, object>>(File.ReadAllText(Path.Combine(folder, n + ".yaml"))));
        }

        /// <summary>A folder at the repository root, found by walking up from the test binaries.</summary>
        public static string RepositoryFolder(string name)
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, name);
                if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "OneRoster.Generated.sln")))
                {
                    return candidate;
                }
            }
            throw new DirectoryNotFoundException($"No '{name}' folder above {AppContext.BaseDirectory}.");
        }

        private static Dictionary<object, object> Map(Dictionary<object, object> node, string key) => (Dictionary<object, object>)node[key];

        private static string RefName(object reference) => ((string)reference).Split('/').Last();
    }
}
