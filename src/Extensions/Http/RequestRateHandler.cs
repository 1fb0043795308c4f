using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace OneRoster.Http
{
    /// <summary>
    /// Waits for the profile's request rate (<see cref="OneRosterProvider.MaxRequestsPerSecond"/>) after the token
    /// handler, so requests that queued behind a token fetch still reach the provider evenly spaced rather than in one
    /// burst when the token arrives; and before resilience, so the wait counts against no timeout. The gate travels on
    /// the request (<see cref="RequestGate.OptionKey"/>): the client-wide gate outlives the handlers IHttpClientFactory
    /// rebuilds.
    /// </summary>
    internal sealed class RequestRateHandler : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Options.TryGetValue(RequestGate.OptionKey, out RequestGate? gate))
            {
                await gate.WaitForTurnAsync(cancellationToken).ConfigureAwait(false);
            }
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
    }
}
