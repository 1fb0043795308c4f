using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace OneRoster.Http
{
    /// <summary>
    /// Outermost handler: gives each logical request an <c>X-Request-ID</c> (kept when the caller, or the client's
    /// transport, already set one), so the token retry and every resilience retry carry the same id and the provider's
    /// logs can be matched with ours.
    /// </summary>
    internal sealed class RequestIdHandler : DelegatingHandler
    {
        public const string HeaderName = "X-Request-ID";

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            EnsureRequestId(request);
            return base.SendAsync(request, cancellationToken);
        }

        /// <summary>The request's <c>X-Request-ID</c>, added when missing.</summary>
        public static string EnsureRequestId(HttpRequestMessage request)
        {
            ArgumentNullException.ThrowIfNull(request);
            if (RequestIdOf(request) is { Length: > 0 } existing)
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
    }
}
