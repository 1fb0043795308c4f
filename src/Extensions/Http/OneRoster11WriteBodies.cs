using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using OneRoster.Operations;
using OneRoster.Serialization;

namespace OneRoster.Http
{
    /// <summary>
    /// Writes to a provider whose payloads are OneRoster 1.1: a write 1.1 has (or any, with
    /// <see cref="OneRosterProvider.AllowWritesBeyondOneRoster11"/>) gets its JSON body rewritten into the 1.1 shape
    /// (<see cref="OneRoster11Mapping.WriteEnvelope"/>); any other write fails with <see cref="NotSupportedException"/>
    /// naming the operation, before anything is sent.
    /// </summary>
    internal static class OneRoster11WriteBodies
    {
        /// <exception cref="NotSupportedException">OneRoster 1.1 has no such operation.</exception>
        public static async Task PrepareAsync(HttpRequestMessage request, OneRosterProvider provider, CancellationToken cancellationToken)
        {
            // A request no operation built (a user's own through the client's HttpClient) is sent as it is.
            if (!request.Options.TryGetValue(Operation.OperationIdKey, out var operationId))
            {
                return;
            }
            OneRoster11Payloads.EnsureWritable(operationId, provider);
            if (request.Content is not { } content)
            {
                return;
            }
            var text = await content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            using var reader = new JsonTextReader(new System.IO.StringReader(text)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal };
            if (JToken.ReadFrom(reader) is not JObject body)
            {
                return;
            }
            OneRoster11Mapping.WriteEnvelope(body);
            var mapped = new StringContent(body.ToString(Formatting.None));
            mapped.Headers.ContentType = content.Headers.ContentType ?? new MediaTypeHeaderValue("application/json");
            request.Content = mapped;
            content.Dispose();
        }
    }
}
