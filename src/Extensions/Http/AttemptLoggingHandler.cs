using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace OneRoster.Http
{
    /// <summary>
    /// Innermost handler (just before the network): one Debug line per attempt with method, path (query
    /// credentials redacted), status, duration, attempt number and request id. It sits inside the resilience
    /// handler so that each retry is its own line; the attempt number counts every send of the request,
    /// including the resend after a token refresh. Headers and bodies are never logged.
    /// </summary>
    internal sealed class AttemptLoggingHandler : DelegatingHandler
    {
        private static readonly HttpRequestOptionsKey<int> AttemptKey = new("OneRoster.Attempt");

        private static readonly Action<ILogger, string, string?, int, long, int, string?, Exception?> Answered =
            LoggerMessage.Define<string, string?, int, long, int, string?>(
                LogLevel.Debug,
                new EventId(1, "OneRosterAttempt"),
                "OneRoster {Method} {Path} answered {Status} in {ElapsedMs} ms (attempt {Attempt}, request id {RequestId})");

        private static readonly Action<ILogger, string, string?, string, long, int, string?, Exception?> Failed =
            LoggerMessage.Define<string, string?, string, long, int, string?>(
                LogLevel.Debug,
                new EventId(2, "OneRosterAttemptFailed"),
                "OneRoster {Method} {Path} failed with {Error} after {ElapsedMs} ms (attempt {Attempt}, request id {RequestId})");

        private readonly ILogger _logger;
        private readonly TimeProvider _timeProvider;

        public AttemptLoggingHandler(ILogger logger, TimeProvider timeProvider)
        {
            _logger = logger ?? throw new ArgumentNullException(nameof(logger));
            _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        }

        /// <summary>How many times the request has been sent so far (1 on the first attempt).</summary>
        public static int AttemptOf(HttpRequestMessage request) =>
            request.Options.TryGetValue(AttemptKey, out var attempt) ? attempt : 0;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var attempt = AttemptOf(request) + 1;
            request.Options.Set(AttemptKey, attempt);
            if (!_logger.IsEnabled(LogLevel.Debug))
            {
                return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }

            var started = _timeProvider.GetTimestamp();
            var path = RequestPathRedactor.Describe(request.RequestUri);
            var requestId = RequestIdHandler.RequestIdOf(request);
            try
            {
                var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
                Answered(_logger, request.Method.Method, path, (int)response.StatusCode, ElapsedMs(started), attempt, requestId, null);
                return response;
            }
            catch (Exception ex)
            {
                // The exception type and message only: a transport message names host and port, never headers.
                Failed(_logger, request.Method.Method, path, $"{ex.GetType().Name}: {ex.Message}", ElapsedMs(started), attempt, requestId, null);
                throw;
            }
        }

        private long ElapsedMs(long started) => (long)_timeProvider.GetElapsedTime(started).TotalMilliseconds;
    }
}
