using System.Linq;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace OneRoster.Testing.Tests.Support
{
    /// <summary>Checks an answer body against the schema its operation declares.</summary>
    public static class EnvelopeAssert
    {
        public static void Matches(OpenApiOperation op, ApiResponse response)
        {
            if (op.SuccessSchema is null)
            {
                Assert.That(response.Bytes, Is.Empty, $"{op.OperationId}: a {response.Status} without a declared body");
                return;
            }
            if (op.SuccessSchema == OpenApiDocuments.Binary)
            {
                Assert.That(response.ContentType, Is.EqualTo("application/zip"), op.OperationId);
                Assert.That(response.Bytes, Is.Not.Empty, op.OperationId);
                return;
            }
            var body = response.Body;
            var declared = OpenApiDocuments.Properties(op.Document, op.SuccessSchema);
            var paging = OpenApiDocuments.PagingProperties(op.Document);
            foreach (var property in body.Properties())
            {
                if (declared.TryGetValue(property.Name, out var type))
                {
                    Assert.That(Fits(property.Value, type), Is.True, $"{op.OperationId}: '{property.Name}' should be {type}: {property.Value}");
                }
                else
                {
                    Assert.That(declared, Is.Empty.Or.ContainKey("sourcedId"),
                        $"{op.OperationId}: '{property.Name}' is not a property of {op.SuccessSchema} ({string.Join(", ", declared.Keys)})");
                }
            }
            var required = declared.ContainsKey("sourcedId") ? new[] { "sourcedId" } : declared.Keys.Except(paging).ToArray();
            foreach (var name in required)
            {
                Assert.That(body.ContainsKey(name), Is.True, $"{op.OperationId}: {op.SuccessSchema} answer lacks '{name}': {body}");
            }
            var isEnvelope = !declared.ContainsKey("sourcedId");
            foreach (var list in body.Properties().Where(p => isEnvelope && p.Value is JArray && !paging.Contains(p.Name) && declared.ContainsKey(p.Name)))
            {
                Assert.That(list.Value.Children().All(r => r is JObject), Is.True, $"{op.OperationId}: '{list.Name}' holds non-objects");
            }
        }

        private static bool Fits(JToken value, string type) => type switch
        {
            "array" => value is JArray,
            "object" => value is JObject,
            "string" => value.Type == JTokenType.String,
            "integer" => value.Type == JTokenType.Integer,
            "number" => value.Type is JTokenType.Integer or JTokenType.Float,
            _ => true,
        };
    }
}
