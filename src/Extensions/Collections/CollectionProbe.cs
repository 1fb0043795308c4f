using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OneRoster.Errors;
using OneRoster.Http;

namespace OneRoster.Collections
{
    /// <summary>
    /// Tells "no such record" from "no such operation" after a record read answered 404. Providers answer a missing
    /// record with 404, often as <c>{"error":"Not found"}</c> and not <c>imsx_StatusInfo</c>, and a wrong base URL or
    /// path prefix gets the very same 404 from a gateway, so the body cannot decide. The collection the record belongs
    /// to can: its list (one record asked for) answers when the address is right. The answer is kept for the
    /// client's lifetime, so a collection is probed at most once per client (again only after a failure that decides
    /// nothing: no answer, a timeout or a 5xx).
    /// </summary>
    internal sealed class CollectionProbe
    {
        private readonly ClientCore _core;
        private readonly string _operationId;
        private readonly Func<HttpRequestMessage> _createRequest;
        private readonly object _gate = new();
        private Task? _outcome;

        /// <param name="core">The client's transport.</param>
        /// <param name="operationId">The list operation probed, e.g. <c>getAllUsers</c>; for the message.</param>
        /// <param name="createRequest">Builds the list request (with a limit of one) through the generated factory.</param>
        public CollectionProbe(ClientCore core, string operationId, Func<HttpRequestMessage> createRequest)
        {
            _core = core;
            _operationId = operationId;
            _createRequest = createRequest;
        }

        /// <summary>Completes when the collection exists; throws <see cref="OneRosterConfigurationException"/> naming the URL when it does not.</summary>
        public Task EnsureExistsAsync(CancellationToken cancellationToken)
        {
            Task outcome;
            lock (_gate)
            {
                if (_outcome is null || _outcome.IsCanceled || (_outcome.IsFaulted && !Decided(_outcome.Exception!.InnerException)))
                {
                    // Started without the caller's token: the answer is shared by every later caller.
                    _outcome = ProbeAsync();
                }
                outcome = _outcome;
            }
            return outcome.WaitAsync(cancellationToken);
        }

        private async Task ProbeAsync()
        {
            await Task.Yield();
            var request = _createRequest();
            try
            {
                using var answer = await _core.SendAsync(request, sourcedId: null, CancellationToken.None).ConfigureAwait(false);
            }
            catch (OneRosterNotFoundException)
            {
                var url = AbsoluteUrl(request.RequestUri);
                throw new OneRosterConfigurationException(new[]
                {
                    $"GET {url} ({_operationId}) answered 404, so the provider has no such collection at this address and " +
                    "every record read there answers 404 whether the record exists or not. Check BaseUrl " +
                    $"({OneRosterClientOptions.BaseUrlVariable}) and the Provider's service paths.",
                });
            }
        }

        /// <summary>Whether a failed probe said something that holds for the client's lifetime.</summary>
        private static bool Decided(Exception? failure) =>
            failure is OneRosterConfigurationException || failure is OneRosterException { Status: >= 400 and < 500 };

        private string AbsoluteUrl(Uri? uri)
        {
            if (uri is not null && !uri.IsAbsoluteUri && _core.Transport.HttpClient.BaseAddress is { } root)
            {
                uri = new Uri(root, uri);
            }
            return uri is { IsAbsoluteUri: true } ? $"{uri.Scheme}://{uri.Authority}{RequestPathRedactor.Describe(uri)}" : RequestPathRedactor.Describe(uri) ?? "(unknown)";
        }
    }
}
