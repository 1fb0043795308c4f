using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace OneRoster.Http
{
    /// <summary>
    /// Outermost handler: gives each logical request an <c>X-Request-ID</c> (kept when the caller set one), so
    /// the token retry and every resilience retry carry the same id; records the request and the final answer
    /// in the <see cref="OneRosterCallScope"/> for the exception a failure becomes. Error bodies are buffered
    /// here because the generated client reads bodies as a stream and drops the text when it cannot parse it
    /// (a 401 HTML page, <c>{"error":"Not found"}</c> read as <c>StatusInfo</c> keeps no text either).
    /// </summary>
    internal sealed class RequestIdHandler : DelegatingHandler
    {
        public const string HeaderName = "X-Request-ID";

        // Error bodies are small; this bounds what a misbehaving gateway can make us hold in memory.
        private const long MaxErrorBodyBytes = 256 * 1024;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var requestId = EnsureRequestId(request);
            var scope = OneRosterCallScope.Current;
            if (scope is not null)
            {
                scope.Method = request.Method.Method;
                scope.RequestPath = RequestPathRedactor.Describe(request.RequestUri);
                scope.RequestId = requestId;
                scope.Status = null;
                scope.ErrorBody = null;
            }

            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (scope is not null)
            {
                scope.Status = (int)response.StatusCode;
                if (!response.IsSuccessStatusCode)
                {
                    scope.ErrorBody = await ReadErrorBodyAsync(response, cancellationToken).ConfigureAwait(false);
                }
            }
            return response;
        }

        /// <summary>The request's <c>X-Request-ID</c>, added when missing.</summary>
        public static string EnsureRequestId(HttpRequestMessage request)
        {
            ArgumentNullException.ThrowIfNull(request);
            if (request.Headers.TryGetValues(HeaderName, out var values) && values.FirstOrDefault() is { Length: > 0 } existing)
            {
                return existing;
            }
            var id = Guid.NewGuid().ToString("D");
            request.Headers.TryAddWithoutValidation(HeaderName, id);
            return id;
        }

        /// <summary>The <c>X-Request-ID</c> of a request, or null.</summary>
        public static string? RequestIdOf(HttpRequestMessage request) =>
            request.Headers.TryGetValues(HeaderName, out var values) ? values.FirstOrDefault() : null;

        private static async Task<string?> ReadErrorBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
        {
            try
            {
                // Buffering keeps the content readable for the generated client afterwards.
                await response.Content.LoadIntoBufferAsync(MaxErrorBodyBytes).ConfigureAwait(false);
                return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or ObjectDisposedException)
            {
                // Too large, unreadable charset or a broken stream: the exception simply has no body text.
                return null;
            }
        }
    }
}
