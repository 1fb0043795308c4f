using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using OneRoster.Rostering;
using OneRoster.Serialization;

namespace OneRoster.Operations
{
    /// <summary>
    /// Sends the requests of the generated typed methods (<c>new UsersClient(http).GetUserAsync(...)</c>, for low-level
    /// use) and reads their answers as NSwag's clients do: a declared success is deserialized into the result type, a
    /// declared error becomes <c>ApiException&lt;StatusInfo&gt;</c> with the document's description, anything else
    /// <c>ApiException</c>. The facade does not come through here: it sends with <c>OneRoster.Http.ApiTransport</c>.
    /// </summary>
    internal static class GeneratedCall
    {
        /// <summary>Sends <paramref name="request"/> and reads the answer as <typeparamref name="TResult"/> (default for answers without a body).</summary>
        /// <exception cref="ApiException">An error answer, an undeclared status, or a body that is not the declared JSON.</exception>
        public static async Task<TResult> SendAsync<TResult>(HttpClient http, HttpRequestMessage request, DeclaredAnswers answers, CancellationToken cancellationToken)
        {
            using (request)
            {
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                var status = (int)response.StatusCode;
                var headers = HeadersOf(response);
                if (answers.Find(status) is { IsSuccess: true } success)
                {
                    if (!success.HasBody)
                    {
                        return default!;
                    }
                    return await ReadAsync<TResult>(response, status, headers, cancellationToken).ConfigureAwait(false)
                        ?? throw new ApiException("Response was null which was not expected.", status, string.Empty, headers, null);
                }
                throw await FailureAsync(response, status, headers, answers, cancellationToken).ConfigureAwait(false);
            }
        }

        /// <summary>Sends <paramref name="request"/> and hands over the answer's body as a stream (file downloads).</summary>
        /// <exception cref="ApiException">An error answer or an undeclared status.</exception>
        public static async Task<StreamAnswer> SendForStreamAsync(HttpClient http, HttpRequestMessage request, DeclaredAnswers answers, CancellationToken cancellationToken)
        {
            using (request)
            {
                var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                try
                {
                    var status = (int)response.StatusCode;
                    var headers = HeadersOf(response);
                    if (answers.Find(status) is { IsSuccess: true })
                    {
                        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                        return new StreamAnswer(status, headers, stream, response);
                    }
                    throw await FailureAsync(response, status, headers, answers, cancellationToken).ConfigureAwait(false);
                }
                catch
                {
                    response.Dispose();
                    throw;
                }
            }
        }

        private static async Task<TResult?> ReadAsync<TResult>(HttpResponseMessage response, int status, IReadOnlyDictionary<string, IEnumerable<string>> headers, CancellationToken cancellationToken)
        {
            try
            {
                using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                using var text = new StreamReader(stream);
                using var json = new JsonTextReader(text);
                return OneRosterJson.Shared.Deserialize<TResult>(json);
            }
            catch (JsonException ex)
            {
                throw new ApiException($"Could not deserialize the response body stream as {typeof(TResult).FullName}.", status, string.Empty, headers, ex);
            }
        }

        private static async Task<Exception> FailureAsync(
            HttpResponseMessage response, int status, IReadOnlyDictionary<string, IEnumerable<string>> headers, DeclaredAnswers answers, CancellationToken cancellationToken)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var declared = answers.Find(status);
            if (declared is not { } error)
            {
                return new ApiException($"The HTTP status code of the response was not expected ({status}).", status, text, headers, null);
            }
            if (!error.HasBody)
            {
                return new ApiException(error.Description, status, text, headers, null);
            }
            StatusInfo? info;
            try
            {
                info = JsonConvert.DeserializeObject<StatusInfo>(text, OneRosterJson.Settings);
            }
            catch (JsonException ex)
            {
                return new ApiException($"Could not deserialize the response body string as {typeof(StatusInfo).FullName}.", status, text, headers, ex);
            }
            return info is null
                ? new ApiException("Response was null which was not expected.", status, text, headers, null)
                : new ApiException<StatusInfo>(error.Description, status, text, headers, info, null);
        }

        private static IReadOnlyDictionary<string, IEnumerable<string>> HeadersOf(HttpResponseMessage response) =>
            response.Headers.Concat(response.Content.Headers).GroupBy(h => h.Key).ToDictionary(g => g.Key, g => g.Last().Value);
    }

    /// <summary>A success answer whose body is handed over as a stream; disposing <see cref="Response"/> releases it.</summary>
    internal readonly record struct StreamAnswer(int Status, IReadOnlyDictionary<string, IEnumerable<string>> Headers, Stream Stream, HttpResponseMessage Response);
}
