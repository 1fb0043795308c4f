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
    /// <summary>The five ways of reading every user that the benchmark compares.</summary>
    internal abstract class Variant : IDisposable
    {
        public static readonly string[] Names = { "a", "b", "c", "d", "e" };

        /// <summary>Reads users until the provider's total is reached, or <paramref name="maxItems"/>; returns how many.</summary>
        public abstract Task<long> ReadAllAsync(long? maxItems, CancellationToken cancellationToken);

        public abstract string Description { get; }

        /// <summary><see cref="System.Diagnostics.Stopwatch.GetTimestamp"/> when the process's first record arrived (0 before); a cold sample reports it.</summary>
        public static long FirstRecordTimestamp { get; protected set; }

        public virtual void Dispose()
        {
        }

        public static Variant Create(string name, Uri baseUrl, int pageSize) => name switch
        {
            "a" => new NewtonsoftLoop(baseUrl, pageSize),
            "b" => new SystemTextJsonLoop(baseUrl, pageSize),
            "c" => new FacadeStream(baseUrl, pageSize, maxConcurrency: 1),
            "d" => new FacadeStream(baseUrl, pageSize, maxConcurrency: null),
            "e" => new MinimalUserLoop(baseUrl, pageSize),
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
            "e" => "(e) HttpClient + STJ source-gen loop, minimal POCO",
            "k" => "(k) (d) with filter status='active' sent, records trusted",
            "l" => "(l) (k) with VerifyPushedFilters: every record checked against the filter",
            _ => CsvVariants.Describe(name) ?? name,
        };

        private sealed class NewtonsoftLoop : HandWrittenLoop<UserSet>
        {
            private static readonly Newtonsoft.Json.JsonSerializer Serializer = Newtonsoft.Json.JsonSerializer.CreateDefault();

            public NewtonsoftLoop(Uri baseUrl, int pageSize)
                : base(baseUrl, pageSize)
            {
            }

            public override string Description => Describe("a");

            protected override int Count(UserSet? set) => set?.Users?.Count ?? 0;

            protected override ValueTask<UserSet?> DeserializeAsync(Stream body, CancellationToken cancellationToken)
            {
                using var text = new StreamReader(body);
                using var json = new Newtonsoft.Json.JsonTextReader(text);
                return ValueTask.FromResult(Serializer.Deserialize<UserSet>(json));
            }
        }

        private sealed class SystemTextJsonLoop : HandWrittenLoop<UserSet>
        {
            // The generated DTOs carry Newtonsoft attributes only; their property names are the JSON
            // names in PascalCase, so case-insensitive matching binds every field.
            private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

            public SystemTextJsonLoop(Uri baseUrl, int pageSize)
                : base(baseUrl, pageSize)
            {
            }

            public override string Description => Describe("b");

            protected override int Count(UserSet? set) => set?.Users?.Count ?? 0;

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
                    if (count++ == 0 && FirstRecordTimestamp == 0)
                    {
                        FirstRecordTimestamp = System.Diagnostics.Stopwatch.GetTimestamp();
                    }
                }
                return count;
            }

            public override void Dispose() => _client.Dispose();
        }
    }
}
