using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace OneRoster.Bench
{
    /// <summary>
    /// What a careful developer writes by hand: one token, then GET page after page, deserializing
    /// from the response stream, until offset reaches X-Total-Count. Sequential.
    /// </summary>
    internal abstract class HandWrittenLoop<TSet> : Variant
        where TSet : class
    {
        private readonly HttpClient _http;
        private readonly Uri _baseUrl;
        private readonly int _pageSize;

        protected HandWrittenLoop(Uri baseUrl, int pageSize)
        {
            _baseUrl = baseUrl;
            _pageSize = pageSize;
            _http = new HttpClient { BaseAddress = baseUrl };
        }

        public override async Task<long> ReadAllAsync(long? maxItems, CancellationToken cancellationToken)
        {
            await AuthenticateAsync(cancellationToken).ConfigureAwait(false);
            long count = 0;
            long offset = 0;
            long total;
            do
            {
                var uri = new Uri(_baseUrl, $"{BenchProvider.UsersPath.TrimStart('/')}?limit={_pageSize}&offset={offset}");
                using var response = await _http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                response.EnsureSuccessStatusCode();
                total = long.Parse(response.Headers.GetValues("X-Total-Count").First(), CultureInfo.InvariantCulture);
                await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                var users = Count(await DeserializeAsync(body, cancellationToken).ConfigureAwait(false));
                if (users == 0)
                {
                    break;
                }
                if (FirstRecordTimestamp == 0)
                {
                    // A whole page is deserialized before its first record can be looked at.
                    FirstRecordTimestamp = System.Diagnostics.Stopwatch.GetTimestamp();
                }
                count += users;
                offset += users;
            }
            while (offset < total && (maxItems is null || count < maxItems));
            return count;
        }

        protected abstract ValueTask<TSet?> DeserializeAsync(Stream body, CancellationToken cancellationToken);

        /// <summary>The users of a page (a loop must look at what it read, or the work could be skipped).</summary>
        protected abstract int Count(TSet? set);

        public override void Dispose() => _http.Dispose();

        private async Task AuthenticateAsync(CancellationToken cancellationToken)
        {
            using var form = new FormUrlEncodedContent(new[]
            {
                new System.Collections.Generic.KeyValuePair<string, string>("grant_type", "client_credentials"),
                new System.Collections.Generic.KeyValuePair<string, string>("client_id", BenchRun.ClientId),
                new System.Collections.Generic.KeyValuePair<string, string>("client_secret", BenchRun.ClientSecret),
            });
            using var response = await _http.PostAsync(BenchProvider.TokenPath.TrimStart('/'), form, cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            using var json = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false));
            var token = json.RootElement.GetProperty("access_token").GetString();
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
    }
}
