using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OneRoster.Rostering;

namespace OneRoster.Bench
{
    /// <summary>The four ways of reading every user that the benchmark compares.</summary>
    internal abstract class Variant : IDisposable
    {
        public static readonly string[] Names = { "a", "b", "c", "d" };

        /// <summary>Reads users until the provider's total is reached, or <paramref name="maxItems"/>; returns how many.</summary>
        public abstract Task<long> ReadAllAsync(long? maxItems, CancellationToken cancellationToken);

        public abstract string Description { get; }

        public virtual void Dispose()
        {
        }

        public static Variant Create(string name, Uri baseUrl, int pageSize) => name switch
        {
            "a" => new NewtonsoftLoop(baseUrl, pageSize),
            "b" => new SystemTextJsonLoop(baseUrl, pageSize),
            "c" => new FacadeStream(baseUrl, pageSize, maxConcurrency: 1),
            "d" => new FacadeStream(baseUrl, pageSize, maxConcurrency: null),
            "k" => new FacadeStream(baseUrl, pageSize, maxConcurrency: null, verify: false),
            "l" => new FacadeStream(baseUrl, pageSize, maxConcurrency: null, verify: true),
            _ => CsvVariants.Create(name, baseUrl, pageSize) ?? throw new ArgumentException($"Unknown variant '{name}' (a to l).", nameof(name)),
        };

        /// <summary>The client of the facade variants: the provider's token endpoint and the benchmark's credentials.</summary>
        public static OneRosterClientOptions ClientOptions(Uri baseUrl, int pageSize, int? maxConcurrency)
        {
            var options = new OneRosterClientOptions
            {
                BaseUrl = baseUrl,
                TokenUrl = new Uri(baseUrl, BenchProvider.TokenPath.TrimStart('/')),
                ClientId = BenchRun.ClientId,
                ClientSecret = BenchRun.ClientSecret,
                PageSize = pageSize,
            };
            if (maxConcurrency is { } concurrency)
            {
                options.MaxConcurrency = concurrency;
            }
            return options;
        }

        public static string Describe(string name) => name switch
        {
            "a" => "(a) HttpClient + Newtonsoft loop",
            "b" => "(b) HttpClient + System.Text.Json loop",
            "c" => "(c) Users.StreamAsync, MaxConcurrency 1",
            "d" => "(d) Users.StreamAsync, MaxConcurrency 4 (default)",
            "k" => "(k) (d) with filter status='active' sent, records trusted",
            "l" => "(l) (k) with VerifyPushedFilters: every record checked against the filter",
            _ => CsvVariants.Describe(name) ?? name,
        };

        /// <summary>
        /// What a careful developer writes by hand: one token, then GET page after page, deserializing
        /// from the response stream, until offset reaches X-Total-Count. Sequential.
        /// </summary>
        private abstract class HandWrittenLoop : Variant
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
                    var set = await DeserializeAsync(body, cancellationToken).ConfigureAwait(false);
                    var users = set?.Users?.Count ?? 0;
                    if (users == 0)
                    {
                        break;
                    }
                    count += users;
                    offset += users;
                }
                while (offset < total && (maxItems is null || count < maxItems));
                return count;
            }

            protected abstract ValueTask<UserSet?> DeserializeAsync(Stream body, CancellationToken cancellationToken);

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

        private sealed class NewtonsoftLoop : HandWrittenLoop
        {
            private static readonly Newtonsoft.Json.JsonSerializer Serializer = Newtonsoft.Json.JsonSerializer.CreateDefault();

            public NewtonsoftLoop(Uri baseUrl, int pageSize)
                : base(baseUrl, pageSize)
            {
            }

            public override string Description => Describe("a");

            protected override ValueTask<UserSet?> DeserializeAsync(Stream body, CancellationToken cancellationToken)
            {
                using var text = new StreamReader(body);
                using var json = new Newtonsoft.Json.JsonTextReader(text);
                return ValueTask.FromResult(Serializer.Deserialize<UserSet>(json));
            }
        }

        private sealed class SystemTextJsonLoop : HandWrittenLoop
        {
            // The generated DTOs carry Newtonsoft attributes only; their property names are the JSON
            // names in PascalCase, so case-insensitive matching binds every field.
            private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

            public SystemTextJsonLoop(Uri baseUrl, int pageSize)
                : base(baseUrl, pageSize)
            {
            }

            public override string Description => Describe("b");

            protected override ValueTask<UserSet?> DeserializeAsync(Stream body, CancellationToken cancellationToken) =>
                JsonSerializer.DeserializeAsync<UserSet>(body, Options, cancellationToken);
        }

        private sealed class FacadeStream : Variant
        {
            private readonly OneRosterClient _client;
            private readonly string _name;
            private readonly OneRoster.Query.Filter? _filter;

            // verify null: no filter (c, d); false/true: a filter every bench user matches, sent, and with true
            // also checked on each record (VerifyPushedFilters), so k and l differ only by that check.
            public FacadeStream(Uri baseUrl, int pageSize, int? maxConcurrency, bool? verify = null)
            {
                _name = verify switch { null => maxConcurrency == 1 ? "c" : "d", false => "k", true => "l" };
                var options = ClientOptions(baseUrl, pageSize, maxConcurrency);
                if (verify is { } check)
                {
                    options.Provider = OneRosterProvider.Standard with { VerifyPushedFilters = check };
                    _filter = OneRoster.Query.Filter.Field("status").EqualTo("active");
                }
                _client = new OneRosterClient(options);
            }

            public override string Description => Describe(_name);

            public override async Task<long> ReadAllAsync(long? maxItems, CancellationToken cancellationToken)
            {
                long count = 0;
                var users = _filter is null
                    ? _client.Users.StreamAsync(maxItems: maxItems, cancellationToken: cancellationToken)
                    : _client.Users.StreamAsync(q => q.Where(_filter), maxItems: maxItems, cancellationToken: cancellationToken);
                await foreach (var user in users.ConfigureAwait(false))
                {
                    if (user.SourcedId is null)
                    {
                        throw new InvalidOperationException("A user arrived without its sourcedId.");
                    }
                    count++;
                }
                return count;
            }

            public override void Dispose() => _client.Dispose();
        }
    }
}
