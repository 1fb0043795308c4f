using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;

namespace OneRoster.Testing.Tests.Support
{
    /// <summary>
    /// Turns a documented operation into a request that should succeed against a seeded district: path parameters
    /// become ids of seeded records that fit (a student of the class, a resource of the owner), write bodies are the
    /// schema's envelope, and deletes get a record made for them.
    /// </summary>
    public static class OperationScenario
    {
        // The collection (or alias) a {sourcedId} belongs to, by the path segment before it.
        private static readonly Dictionary<string, string> CollectionBySegment = new(StringComparer.Ordinal)
        {
            ["component-resources"] = FakeCollections.ComponentResources,
            ["components"] = FakeCollections.CourseComponents,
        };

        public static async Task<(string Path, JToken? Body)> PrepareAsync(OpenApiOperation op, OneRosterFakeServer fake, FakeApi api)
        {
            var data = fake.Data;
            var cls = First(data, "classes");
            var school = (string)data.FindRecord("classes", cls)!.SelectToken("school.sourcedId")!;
            var student = data.RecordObjects("enrollments")
                .First(e => (string?)e.SelectToken("class.sourcedId") == cls && (string?)e["role"] == "student")
                .SelectToken("user.sourcedId")!.ToString();
            var term = First(data, "terms");
            var owner = OwnerOf(op);
            var values = new Dictionary<string, string>
            {
                ["classSourcedId"] = cls,
                ["schoolSourcedId"] = school,
                ["courseSourcedId"] = (string)data.FindRecord("classes", cls)!.SelectToken("course.sourcedId")!,
                ["studentSourcedId"] = student,
                ["teacherSourcedId"] = First(data, "teachers"),
                ["termSourcedId"] = term,
                ["academicSessionSourcedId"] = term,
                ["userSourcedId"] = First(data, "teachers"),
                ["lineItemSourcedId"] = data.RecordObjects("lineItems").First(l => (string?)l.SelectToken("class.sourcedId") == cls)["sourcedId"]!.ToString(),
                ["userId"] = student,
                ["sourceId"] = First(data, "resources"),
            };
            if (owner is not null)
            {
                values["resourceSourcedId"] = (string)data.FindRecord(owner.Value.Collection, values[owner.Value.Parameter])!.SelectToken("resources[0].sourcedId")!;
            }
            if (op.Path.Contains("{credentialId}", StringComparison.Ordinal))
            {
                var stored = await api.PostAsync($"ims/oneroster/rostering/v1p2/users/{student}/credentials", CredentialBody());
                values["credentialId"] = (string)stored.Body["credentialId"]!;
            }
            if (op.Path.EndsWith("{sourcedId}", StringComparison.Ordinal) || op.Path.Contains("{sourcedId}/", StringComparison.Ordinal))
            {
                var collection = CollectionOf(op.Path);
                values["sourcedId"] = op.Method == "DELETE" ? MakeDisposable(data, collection, op.OperationId) : First(data, collection);
            }

            var path = Regex.Replace(op.Path, "{([^}]+)}", m => Uri.EscapeDataString(values[m.Groups[1].Value])).TrimStart('/');
            return (path, Body(op, data, values));
        }

        /// <summary>The collection (or alias) a <c>{sourcedId}</c> path addresses.</summary>
        public static string CollectionOf(string path)
        {
            var segments = path.Split('/');
            var index = Array.IndexOf(segments, "{sourcedId}");
            var segment = segments[index - 1];
            return CollectionBySegment.TryGetValue(segment, out var name) ? name : segment;
        }

        public static JObject CredentialBody() => new()
        {
            ["applicationName"] = "Reading Coach",
            ["credentials"] = new JObject { ["username"] = "reader1", ["password"] = "s3cret!" },
        };

        private static JToken? Body(OpenApiOperation op, FakeDistrict data, Dictionary<string, string> values)
        {
            var fresh = "new-" + op.OperationId;
            switch (op.RequestSchema)
            {
                case null:
                    return null;
                case "ClassEnrollmentRequest":
                    return new JObject { ["enrollment"] = new JObject { ["user"] = new JObject { ["sourcedId"] = values["studentSourcedId"] }, ["primary"] = "false" } };
                case "LineItemSet":
                    return new JObject { ["lineItems"] = new JArray(new JObject { ["sourcedId"] = fresh, ["title"] = "Posted line item" }) };
                case "ResultSet":
                    return new JObject
                    {
                        ["results"] = new JArray(new JObject
                        {
                            ["sourcedId"] = fresh,
                            ["student"] = new JObject { ["sourcedId"] = values["studentSourcedId"] },
                            ["score"] = 88.5,
                            ["scoreStatus"] = "fully graded",
                        }),
                    };
                case "CredentialRegistration":
                    return CredentialBody();
                case "SingleResourceAssignment":
                    return new JObject { ["resource"] = new JObject { ["sourcedId"] = values["sourceId"] } };
            }
            var key = OpenApiDocuments.Properties(op.Document, op.RequestSchema).Keys.Single();
            if (op.Method == "PUT")
            {
                var existing = data.FindRecord(CollectionOf(op.Path), values["sourcedId"])!;
                existing["title"] = "Replaced";
                return new JObject { [key] = existing };
            }
            return new JObject { [key] = new JObject { ["sourcedId"] = fresh, ["title"] = "Created by " + op.OperationId } };
        }

        private static (string Collection, string Parameter)? OwnerOf(OpenApiOperation op) =>
            !op.Path.EndsWith("{resourceSourcedId}", StringComparison.Ordinal) ? null
            : op.Path.Contains("/resources/classes/", StringComparison.Ordinal) ? ("classes", "classSourcedId")
            : op.Path.Contains("/resources/courses/", StringComparison.Ordinal) ? ("courses", "courseSourcedId")
            : ("users", "userSourcedId");

        private static string MakeDisposable(FakeDistrict data, string collection, string operationId)
        {
            var id = "delete-me-" + operationId;
            data.Add(collection, new JObject { ["sourcedId"] = id, ["status"] = "active" });
            return id;
        }

        private static string First(FakeDistrict data, string collection) => (string)data.RecordObjects(collection).First()["sourcedId"]!;
    }
}
