using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OneRoster.Paging;

namespace OneRoster.Http
{
    /// <summary>
    /// Outermost handler: hands a prefetched page's answer to the generated client (which deserializes it at
    /// once) only when the stream grants that page its turn (<see cref="PageTurn"/>). It sits outside the
    /// retries and timeouts, so a caller that reads slowly never makes a finished request time out; the body
    /// is already in memory (<see cref="BodyBufferingHandler"/>) while it waits.
    /// </summary>
    internal sealed class PageTurnHandler : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (PageTurn.Current is not { } turn)
            {
                return response;
            }
            try
            {
                if (response.IsSuccessStatusCode)
                {
                    // The stream may send its next request now; a failure is read first, in page order.
                    turn.MarkAnswered();
                }
                if (!turn.IsGranted)
                {
                    await turn.WaitAsync(cancellationToken).ConfigureAwait(false);
                }
                return response;
            }
            catch
            {
                // The stream no longer wants this page (ended, re-planned or cancelled): release its body.
                response.Dispose();
                throw;
            }
        }
    }
}
