using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace OneRoster.Auth
{
    /// <summary>
    /// Puts a provider-issued static key on every request to the API host as <c>Authorization: Bearer</c>
    /// (<see cref="OneRosterAuthScheme.BearerKey"/>). The key does not change, so a 401 is final and is not resent.
    /// Requests to another host, and requests with an <c>Authorization</c> header of their own, go without it.
    /// </summary>
    internal sealed class OneRosterBearerKeyHandler : DelegatingHandler
    {
        private readonly AuthenticationHeaderValue _authorization;
        private readonly Uri _apiBase;

        public OneRosterBearerKeyHandler(string key, Uri apiBase)
        {
            ArgumentException.ThrowIfNullOrEmpty(key);
            _authorization = new AuthenticationHeaderValue("Bearer", key);
            _apiBase = apiBase ?? throw new ArgumentNullException(nameof(apiBase));
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(request);
            if (request.Headers.Authorization is null && ApiHost.Matches(_apiBase, request.RequestUri))
            {
                request.Headers.Authorization = _authorization;
            }
            return base.SendAsync(request, cancellationToken);
        }
    }
}
