using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OneRoster.Errors;
using Polly.Timeout;

namespace OneRoster.Http
{
    /// <summary>
    /// How the facade's requests reach the provider: sends a request a generated factory built, through the client's
    /// <see cref="HttpClient"/> (and so its handler chain, see <see cref="OneRosterPipeline"/>), and returns the
    /// success answer with its body in memory. Every failure leaves here as a <see cref="OneRosterException"/> from
    /// <see cref="OneRosterErrorMapper"/>, naming the request: an error status, no answer, a timeout. What a call needs
    /// to know about its request travels on the request itself (its <c>X-Request-ID</c> header, its URI), not beside it.
    /// </summary>
    internal sealed class ApiTransport
    {
        private readonly HttpClient _http;
        private readonly TimeProvider _timeProvider;
        private readonly OneRosterProvider _provider;
        private readonly RequestGate? _gate;
        private readonly bool _rateInPipeline;

        /// <param name="http">The client's HttpClient.</param>
        /// <param name="timeProvider">The clock for <c>Retry-After</c>.</param>
        /// <param name="provider">The profile whose extra headers per service are added; null for none.</param>
        /// <param name="gate">The client-wide request limits every request waits at; null for none.</param>
        /// <param name="rateInPipeline">
        /// True when <paramref name="http"/> runs the client's own chain, whose <see cref="RequestRateHandler"/> waits for
        /// the rate after the token; false for an HttpClient the user built, where the rate is waited for here.
        /// </param>
        public ApiTransport(HttpClient http, TimeProvider timeProvider, OneRosterProvider? provider = null, RequestGate? gate = null, bool rateInPipeline = false)
        {
            _rateInPipeline = rateInPipeline;
            _http = http;
            _timeProvider = timeProvider;
            _provider = provider ?? OneRosterProvider.Standard;
            _gate = gate;
        }

        /// <summary>The HttpClient requests go through (its BaseAddress is the provider root).</summary>
        public HttpClient HttpClient => _http;

        /// <summary>Sends <paramref name="request"/> (and disposes it) and returns its 2xx answer.</summary>
        /// <param name="request">The request, as a generated <c>Create…Request</c> built it.</param>
        /// <param name="sourcedId">The sourcedId the call is about, reported by a 404; null for lists.</param>
        /// <param name="cancellationToken">The caller's cancellation; it surfaces as <see cref="OperationCanceledException"/>.</param>
        /// <exception cref="OneRosterException">An error answer, no answer, or a timeout.</exception>
        public async Task<Answer> SendAsync(HttpRequestMessage request, string? sourcedId, CancellationToken cancellationToken)
        {
            using (request)
            {
                // Set here as well as by RequestIdHandler, so an HttpClient the user built without it still has one.
                if (_provider.PayloadVersion == OneRosterVersion.V1p1 && request.Method != HttpMethod.Get)
                {
                    // Before the gate and the send: a write 1.1 does not have fails without a request.
                    await OneRoster11WriteBodies.PrepareAsync(request, _provider, cancellationToken).ConfigureAwait(false);
                }
                var requestId = RequestIdHandler.EnsureRequestId(request);
                AddServiceHeaders(request);
                HttpResponseMessage response;
                BufferedBodyContent body;
                // The slot is held until the body is read: that is when the provider is done with the request.
                using var slot = _gate is null ? default : await _gate.EnterAsync(includeRate: !_rateInPipeline, cancellationToken).ConfigureAwait(false);
                if (_rateInPipeline && _gate is { HasRate: true })
                {
                    request.Options.Set(RequestGate.OptionKey, _gate);
                }
                try
                {
                    response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                    try
                    {
                        // The client's own chain buffers inside each attempt (BodyBufferingHandler); an HttpClient the
                        // user built may not, so the body is read here once more in that case.
                        body = response.Content as BufferedBodyContent ?? await BufferAsync(response, cancellationToken).ConfigureAwait(false);
                    }
                    catch
                    {
                        response.Dispose();
                        throw;
                    }
                }
                catch (Exception ex) when (Translate(ex, request, requestId, cancellationToken) is { } translated)
                {
                    throw translated;
                }

                var facts = Facts(request, requestId);
                if (response.IsSuccessStatusCode)
                {
                    return new Answer(response, body, facts);
                }
                using (response)
                {
                    var text = ReadText(body);
                    throw OneRosterErrorMapper.FromAnswer(
                        facts, (int)response.StatusCode, text, RetryAfter.FromResponse(response, _timeProvider.GetUtcNow()), sourcedId);
                }
            }
        }

        private void AddServiceHeaders(HttpRequestMessage request)
        {
            if (request.Options.TryGetValue(Operations.Operation.DeclaredRootKey, out var root))
            {
                foreach (var (name, value) in _provider.HeadersFor(root))
                {
                    request.Headers.Remove(name);
                    request.Headers.TryAddWithoutValidation(name, value);
                }
            }
        }

        private static async Task<BufferedBodyContent> BufferAsync(HttpResponseMessage response, CancellationToken cancellationToken)
        {
            var original = response.Content;
            try
            {
                var body = await BufferedBodyContent.ReadAsync(original, cancellationToken).ConfigureAwait(false);
                response.Content = body;
                return body;
            }
            catch (IOException ex)
            {
                throw new HttpRequestException($"The connection broke while the answer's body was read ({ex.Message.TrimEnd('.')}).", ex);
            }
            finally
            {
                original.Dispose();
            }
        }

        /// <summary>The text of an error body, for the exception; null when it cannot be decoded.</summary>
        private static string? ReadText(BufferedBodyContent body)
        {
            if (body.Length == 0)
            {
                return null;
            }
            try
            {
                using var reader = new StreamReader(body.OpenRead());
                return reader.ReadToEnd();
            }
            catch (Exception ex) when (ex is IOException or System.Text.DecoderFallbackException)
            {
                return null;
            }
        }

        private static OneRosterErrorInfo Facts(HttpRequestMessage request, string requestId) => new()
        {
            Method = request.Method.Method,
            // After sending, the URI is absolute (HttpClient resolved it against its BaseAddress).
            RequestPath = RequestPathRedactor.Describe(request.RequestUri),
            RequestId = requestId,
        };

        /// <summary>The exception to throw instead of <paramref name="ex"/>, or null to let it through unchanged.</summary>
        private static Exception? Translate(Exception ex, HttpRequestMessage request, string requestId, CancellationToken cancellationToken) => ex switch
        {
            // Shared by every caller that waited on the same token request: give this call its own copy.
            OneRosterAuthenticationException { IsTokenEndpointFailure: true, RequestId: null } token => OneRosterErrorMapper.ForCall(token, requestId),
            OneRosterException => null,
            OperationCanceledException when cancellationToken.IsCancellationRequested => null,
            // A bad argument is the caller's bug; a disposed client is the caller's too.
            ArgumentException or ObjectDisposedException => null,
            TimeoutRejectedException or OperationCanceledException or TimeoutException =>
                OneRosterErrorMapper.WithoutAnswer(Facts(request, requestId), ex, timedOut: true),
            HttpRequestException => OneRosterErrorMapper.WithoutAnswer(Facts(request, requestId), ex, timedOut: false),
            _ => null,
        };
    }
}
