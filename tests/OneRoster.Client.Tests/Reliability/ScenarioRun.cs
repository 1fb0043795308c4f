using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using OneRoster.Tests.Client;

namespace OneRoster.Tests.Reliability
{
    /// <summary>
    /// The world of one scenario: a WireMock provider (with a token endpoint unless the scenario brings its
    /// own), a Trace-level capturing logger given to every client, and whatever else the scenario starts.
    /// </summary>
    internal sealed class ScenarioRun : IAsyncDisposable
    {
        private readonly ConcurrentQueue<string> _records = new();
        private readonly List<object> _owned = new();

        public ScenarioRun(bool standardTokens)
        {
            Provider = new FakeProvider();
            if (standardTokens)
            {
                Provider.WithTokens();
            }
            Logs = new FakeLoggerProvider();
            LoggerFactory = Microsoft.Extensions.Logging.LoggerFactory.Create(b => b.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        }

        public FakeProvider Provider { get; }

        /// <summary>Where the API is when it is not the WireMock provider (a raw socket server).</summary>
        public Uri? ApiBaseUrl { get; set; }

        public FakeLoggerProvider Logs { get; }

        public ILoggerFactory LoggerFactory { get; }

        /// <summary>Texts besides logs and the exception that must hold no secret (e.g. options.ToString()).</summary>
        public ConcurrentQueue<string> Texts { get; } = new();

        /// <summary>Measurements for the docs table beyond the standard outcome.</summary>
        public ConcurrentQueue<string> Notes { get; } = new();

        /// <summary>Secrets that must never show, besides the standard client secret and tokens.</summary>
        public List<string> Secrets { get; } = new();

        public IReadOnlyList<string> Records => _records.ToList();

        public void Yield(string? sourcedId) => _records.Enqueue(sourcedId ?? "(null)");

        public async Task Drain<T>(IAsyncEnumerable<T> stream, Func<T, string?> key)
        {
            await foreach (var record in stream.ConfigureAwait(false))
            {
                Yield(key(record));
            }
        }

        /// <summary>A client on the provider with fast retries, logging at Trace into <see cref="Logs"/>.</summary>
        public OneRosterClient Client(Action<OneRosterClientOptions>? configure = null) =>
            Own(new OneRosterClient(Options(configure)));

        public OneRosterClientOptions Options(Action<OneRosterClientOptions>? configure = null) =>
            Provider.Options(o =>
            {
                o.LoggerFactory = LoggerFactory;
                o.BaseUrl = ApiBaseUrl ?? o.BaseUrl;
                configure?.Invoke(o);
            });

        public T Own<T>(T disposable) where T : class
        {
            lock (_owned)
            {
                _owned.Add(disposable);
            }
            return disposable;
        }

        /// <summary>Request counters of further servers (raw sockets, redirect targets) that play the API.</summary>
        public List<Func<int>> OtherServers { get; } = new();

        public int ApiRequests =>
            Provider.Server.LogEntries.Count(e => e.RequestMessage.Path != FakeProvider.TokenPath) + OtherServers.Sum(count => count());

        public int TokenRequests => Provider.Count(FakeProvider.TokenPath);

        /// <summary>Every log line as rendered plus its exception text.</summary>
        public IEnumerable<string> LogTexts() =>
            Logs.Collector.GetSnapshot().SelectMany(r => new[] { r.Message, r.Exception?.ToString() ?? string.Empty }
                .Concat(r.StructuredState?.Select(kv => kv.Value ?? string.Empty) ?? Enumerable.Empty<string>()));

        public async ValueTask DisposeAsync()
        {
            object[] owned;
            lock (_owned)
            {
                owned = _owned.ToArray();
            }
            foreach (var item in owned.Reverse())
            {
                switch (item)
                {
                    case IAsyncDisposable asyncDisposable:
                        await asyncDisposable.DisposeAsync().ConfigureAwait(false);
                        break;
                    case IDisposable disposable:
                        disposable.Dispose();
                        break;
                }
            }
            LoggerFactory.Dispose();
            Logs.Dispose();
            Provider.Dispose();
        }
    }
}
