using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using Newtonsoft.Json.Linq;
using OneRoster.Testing.Data;
using OneRoster.Testing.Protocol;

namespace OneRoster.Testing.Routing
{
    /// <summary>
    /// Resources of classes, courses and users (the GuidRefs in their <c>resources</c> arrays), Timeback assignment
    /// and removal, and the Common Cartridge export.
    /// </summary>
    internal static class ResourceEndpoints
    {
        public static FakeResponse ResourcesOf(ApiRequest request, string parameter, string collection)
        {
            var (_, owner) = Lookup.Require(request, collection, request[parameter]);
            var resources = request.Collection(FakeCollections.Resources);
            return ListAnswer.Of(request, resources, Lookup.ByIds(resources, Lookup.Ids(owner, "resources.sourcedId")));
        }

        /// <summary>Timeback: adds the resource named in the body to the owner's <c>resources</c>.</summary>
        public static FakeResponse Assign(ApiRequest request, string parameter, string collection)
        {
            var ownerId = request[parameter];
            var (_, owner) = Lookup.Require(request, collection, ownerId);
            var resourceId = request.Envelope("resource").Value<string>("sourcedId");
            if (string.IsNullOrEmpty(resourceId))
            {
                throw ProtocolError.BadRequest(StatusInfo.InvalidData, "The body must name the resource: {\"resource\": {\"sourcedId\": \"...\"}}.");
            }
            Lookup.Require(request, FakeCollections.Resources, resourceId);
            var assigned = owner["resources"] as JArray ?? new JArray();
            if (!Lookup.Ids(assigned, "sourcedId").Contains(resourceId))
            {
                assigned.Add(request.Collection(FakeCollections.Resources).Kind.RefTo(request.HrefRoot, resourceId));
            }
            owner["resources"] = assigned;
            owner["dateLastModified"] = request.Now();
            request.Collection(collection).Upsert(owner);
            return FakeResponse.JsonBody(201, new JObject
            {
                ["sourcedIdPairs"] = new JObject { ["suppliedSourcedId"] = resourceId, ["allocatedSourcedId"] = resourceId },
            });
        }

        /// <summary>Timeback: removes a resource from the owner's <c>resources</c>; 404 when it was not assigned.</summary>
        public static FakeResponse Remove(ApiRequest request, string parameter, string collection)
        {
            var ownerId = request[parameter];
            var resourceId = request["resourceSourcedId"];
            var (_, owner) = Lookup.Require(request, collection, ownerId);
            if (owner["resources"] is not JArray assigned ||
                assigned.FirstOrDefault(r => RecordFields.Matches(r, "sourcedId", resourceId)) is not { } entry)
            {
                throw new ProtocolError(404, StatusInfo.UnknownObject, $"Resource '{resourceId}' is not assigned to '{ownerId}'.");
            }
            entry.Remove();
            owner["dateLastModified"] = request.Now();
            request.Collection(collection).Upsert(owner);
            return FakeResponse.NoContent();
        }

        /// <summary>Timeback: a minimal Common Cartridge package (a zip with <c>imsmanifest.xml</c>) for the resource.</summary>
        public static FakeResponse Export(ApiRequest request)
        {
            var resourceId = request["sourceId"];
            var (_, resource) = Lookup.Require(request, FakeCollections.Resources, resourceId);
            using var buffer = new MemoryStream();
            using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            {
                var entry = zip.CreateEntry("imsmanifest.xml");
                using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
                var title = System.Security.SecurityElement.Escape(resource.Value<string>("title") ?? resourceId);
                writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" +
                    "<manifest identifier=\"" + System.Security.SecurityElement.Escape(resourceId) + "\" " +
                    "xmlns=\"http://www.imsglobal.org/xsd/imsccv1p3/imscp_v1p1\">\n" +
                    "  <metadata><schema>IMS Common Cartridge</schema><schemaversion>1.3.0</schemaversion></metadata>\n" +
                    "  <organizations><organization identifier=\"org\"><title>" + title + "</title></organization></organizations>\n" +
                    "  <resources/>\n</manifest>\n");
            }
            return FakeResponse.Binary(buffer.ToArray(), "application/zip")
                .WithHeader("Content-Disposition", "attachment; filename=\"" + resourceId.Replace("\"", string.Empty, System.StringComparison.Ordinal) + ".imscc\"");
        }
    }
}
