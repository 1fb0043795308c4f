using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;

namespace OneRoster.Bench
{
    /// <summary>
    /// Variant (e): the fastest loop a person would write by hand for a sync — the same sequential HttpClient loop as
    /// (a) and (b), deserializing with System.Text.Json source generation into a POCO holding only the fields a sync
    /// reads. No contract is resolved by reflection and the other ~15 fields of each user are skipped, not bound.
    /// </summary>
    internal sealed class MinimalUserLoop : HandWrittenLoop<MinimalUserSet>
    {
        public MinimalUserLoop(Uri baseUrl, int pageSize)
            : base(baseUrl, pageSize)
        {
        }

        public override string Description => Describe("e");

        protected override ValueTask<MinimalUserSet?> DeserializeAsync(Stream body, CancellationToken cancellationToken) =>
            System.Text.Json.JsonSerializer.DeserializeAsync(body, MinimalUserJson.Default.MinimalUserSet, cancellationToken);

        protected override int Count(MinimalUserSet? set)
        {
            var users = set?.Users;
            if (users is null)
            {
                return 0;
            }
            foreach (var user in users)
            {
                if (user.SourcedId is null)
                {
                    throw new InvalidOperationException("A user arrived without its sourcedId.");
                }
            }
            return users.Count;
        }
    }

    internal sealed class MinimalUserSet
    {
        public List<MinimalUser>? Users { get; set; }
    }

    /// <summary>The handful of fields a roster sync reads of a user.</summary>
    internal sealed class MinimalUser
    {
        public string? SourcedId { get; set; }

        public string? Status { get; set; }

        public DateTimeOffset DateLastModified { get; set; }

        public string? GivenName { get; set; }

        public string? FamilyName { get; set; }

        public string? Email { get; set; }

        public List<MinimalRole>? Roles { get; set; }

        public MinimalRef? PrimaryOrg { get; set; }
    }

    internal sealed class MinimalRole
    {
        public string? Role { get; set; }

        public MinimalRef? Org { get; set; }
    }

    internal sealed class MinimalRef
    {
        public string? SourcedId { get; set; }
    }

    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
    [JsonSerializable(typeof(MinimalUserSet))]
    internal sealed partial class MinimalUserJson : JsonSerializerContext
    {
    }
}
