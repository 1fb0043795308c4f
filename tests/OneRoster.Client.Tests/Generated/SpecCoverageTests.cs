using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using OneRoster.Tests.Support;

namespace OneRoster.Tests.Generated
{
    /// <summary>
    /// Holds the generated client to the reference documents: every operation has a generated
    /// method and every reference schema property has a DTO property with the same JSON name.
    /// </summary>
    [TestFixture]
    public class SpecCoverageTests
    {
        private static readonly string[] ServiceNamespaces = { "OneRoster.Rostering", "OneRoster.Gradebook", "OneRoster.Resources" };

        private static readonly Assembly ClientAssembly = typeof(OneRoster.Rostering.UsersClient).Assembly;

        [Test]
        public void Reference_documents_define_81_standard_and_60_Timeback_only_operations()
        {
            Assert.That(ReferenceDocuments.StandardOperations(), Has.Count.EqualTo(81));
            Assert.That(ReferenceDocuments.TimebackOnlyOperations(), Has.Count.EqualTo(60));
        }

        [Test]
        public void Every_standard_operation_has_a_generated_async_method()
        {
            var missing = MissingMethods(ReferenceDocuments.StandardOperations());
            Assert.That(missing, Is.Empty, "Standard operations without a generated method:\n" + string.Join("\n", missing));
        }

        [Test]
        public void Every_Timeback_only_operation_has_a_generated_async_method()
        {
            var missing = MissingMethods(ReferenceDocuments.TimebackOnlyOperations());
            Assert.That(missing, Is.Empty, "Timeback operations without a generated method:\n" + string.Join("\n", missing));
        }

        [Test]
        public void Every_generated_client_has_an_interface_for_mocking_and_virtual_methods()
        {
            var clients = GeneratedClients().ToList();
            Assert.That(clients, Has.Count.GreaterThanOrEqualTo(21));
            foreach (var client in clients)
            {
                Assert.That(client.GetInterfaces().Any(i => i.Name == "I" + client.Name), Is.True, client.FullName);
                var methods = client.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                    .Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal));
                Assert.That(methods.All(m => m.IsVirtual), Is.True, client.FullName);
            }
        }

        [Test]
        public void Every_property_of_every_standard_schema_exists_on_the_matching_DTO()
        {
            var missing = new List<string>();
            foreach (var (service, doc) in ReferenceDocuments.StandardDocuments)
            {
                missing.AddRange(MissingProperties(service, doc));
            }
            Assert.That(missing, Is.Empty, "Missing DTO properties:\n" + string.Join("\n", missing));
        }

        [Test]
        public void Every_property_of_every_Timeback_schema_exists_on_the_matching_DTO()
        {
            var missing = new List<string>();
            foreach (var (name, doc) in ReferenceDocuments.TimebackDocuments)
            {
                missing.AddRange(MissingProperties(name, doc));
            }
            Assert.That(missing, Is.Empty, "Missing DTO properties:\n" + string.Join("\n", missing));
        }

        private static List<string> MissingMethods(IEnumerable<ReferenceOperation> operations)
        {
            var methods = GeneratedClients()
                .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
                .Select(m => m.Name)
                .ToHashSet(StringComparer.Ordinal);
            return operations
                .Where(o => !methods.Contains(char.ToUpperInvariant(o.OperationId[0]) + o.OperationId.Substring(1) + "Async"))
                .Select(o => $"{o.Source}: {o.OperationId} ({o.Method} {o.Path})")
                .ToList();
        }

        private static IEnumerable<Type> GeneratedClients() => ClientAssembly.GetExportedTypes()
            .Where(t => t.IsClass && ServiceNamespaces.Contains(t.Namespace) && t.Name.EndsWith("Client", StringComparison.Ordinal));

        private static IEnumerable<string> MissingProperties(string source, JObject doc)
        {
            var schemas = (JObject?)doc["components"]?["schemas"] ?? new JObject();
            foreach (var schema in schemas.Properties())
            {
                if (schema.Value["properties"] is not JObject properties || !properties.HasValues)
                {
                    continue; // free-form (metadata) or non-object schemas carry no named properties
                }
                var typeName = OurTypeName(schema.Name, properties);
                var dto = FindDto(source, typeName);
                if (dto is null)
                {
                    yield return $"{source}: schema {schema.Name} -> no DTO named {typeName}";
                    continue;
                }
                var jsonNames = JsonNames(dto);
                foreach (var property in properties.Properties().Where(p => !jsonNames.Contains(p.Name)))
                {
                    yield return $"{source}: {schema.Name}.{property.Name} -> missing on {dto.FullName}";
                }
            }
        }

        /// <summary>How a reference schema name maps to ours (see openapi/README.md, "Schema names").</summary>
        internal static string OurTypeName(string referenceName, JObject properties)
        {
            if (properties.ContainsKey("imsx_codeMajor"))
            {
                return "StatusInfo"; // imsx_StatusInfoDType and Timeback's per-status error schemas
            }
            var name = referenceName.EndsWith("DType", StringComparison.Ordinal) ? referenceName[..^5] : referenceName;
            return name switch
            {
                _ when name.EndsWith("GUIDRef", StringComparison.Ordinal) => "GuidRef",
                "GUIDPair" => "GuidPair",
                "GUIDPairSet" => "GuidPairSet",
                "imsx_CodeMinor" => "CodeMinor",
                "imsx_CodeMinorField" => "CodeMinorField",
                "CategoriesSet" => "CategorySet",
                "Role" => "RoleAssignment", // a DTO cannot have a member named like itself
                _ => name,
            };
        }

        private static Type? FindDto(string source, string typeName)
        {
            var preferred = ServiceNamespaces.Where(ns => ns.EndsWith(source, StringComparison.OrdinalIgnoreCase));
            return preferred.Concat(ServiceNamespaces)
                .Select(ns => ClientAssembly.GetType(ns + "." + typeName))
                .FirstOrDefault(t => t is not null);
        }

        private static HashSet<string> JsonNames(Type dto) => dto
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => p.GetCustomAttribute<JsonPropertyAttribute>()?.PropertyName)
            .Where(n => n is not null)
            .Select(n => n!)
            .ToHashSet(StringComparer.Ordinal);
    }
}
