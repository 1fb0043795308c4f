using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace OneRoster.Http
{
    /// <summary>
    /// Sits next to the network, inside the per-attempt timeout and the retries, and reads every answer's
    /// body completely before handing it up. The generated clients ask for <c>ResponseHeadersRead</c>, so
    /// without this the body would be read after the resilience pipeline has returned: a connection
    /// reset mid-body escaped as a raw <c>HttpIOException</c> (or a truncated-JSON protocol error) with no
    /// retry, and a body that stalled after the headers hung the call past every timeout. Here a broken
    /// body is an <see cref="HttpRequestException"/> of the attempt (retried like any network failure) and a
    /// stalled one is cut by the attempt timeout. OneRoster bodies are JSON read whole anyway; the body is
    /// held in pooled blocks (<see cref="BufferedBodyContent"/>) that go back to the pool with the response.
    /// </summary>
    internal sealed class BodyBufferingHandler : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            try
            {
                var original = response.Content;
                response.Content = await BufferedBodyContent.ReadAsync(original, cancellationToken).ConfigureAwait(false);
                original.Dispose();
                return response;
            }
            catch (Exception ex) when (cancellationToken.IsCancellationRequested && ex is IOException or ObjectDisposedException or HttpRequestException or OperationCanceledException)
            {
                response.Dispose();
                throw new OperationCanceledException("The answer's body did not arrive in time.", ex, cancellationToken);
            }
            catch (IOException ex)
            {
                response.Dispose();
                throw new HttpRequestException($"The connection broke while the answer's body was read ({ex.Message.TrimEnd('.')}).", ex);
            }
            catch
            {
                response.Dispose();
                throw;
            }
        }
    }
}
