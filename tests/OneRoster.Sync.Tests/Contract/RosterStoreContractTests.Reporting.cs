using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using NUnit.Framework;
using OneRoster.Testing;

namespace OneRoster.Sync.Tests.Contract
{
    // What a run tells: the report per collection, progress, log events.
    public abstract partial class RosterStoreContractTests
    {
        [Test]
        public async Task Progress_and_log_events_follow_the_collections_in_dependency_order()
        {
            await using var harness = await SyncHarness.StartAsync(FakeDistrict.Generate(users: 60, seed: 2), pageSize: 30);
            await using var store = await CreateStoreAsync();
            var logger = new ListLogger();
            var progress = new List<SyncProgress>();
            var chosen = new[] { SyncCollection.Users, SyncCollection.Orgs, SyncCollection.Enrollments };
            var sync = new RosterSync(harness.Client, store, new RosterSyncOptions { Tenant = NewTenant(), Collections = chosen, BatchSize = 25 }, logger);

            var report = await sync.RunAsync(progress: new Synchronous<SyncProgress>(progress.Add));

            var order = new[] { SyncCollection.Orgs, SyncCollection.Users, SyncCollection.Enrollments };
            Assert.That(report.Collections.Select(c => c.Collection), Is.EqualTo(order));
            Assert.That(progress.Where(p => p.CollectionDone).Select(p => (p.Collection, p.CollectionIndex, p.CollectionCount)), Is.EqualTo(order.Select((c, i) => (c, i, 3))));
            var users = progress.Where(p => p.Collection == SyncCollection.Users).ToList();
            Assert.That(users.Select(p => p.Fetched), Is.Ordered.Ascending);
            Assert.That(users.Count, Is.GreaterThanOrEqualTo(3), "a report per batch of 25");
            Assert.That(users[^1].Fetched, Is.EqualTo(60));
            Assert.That(logger.Events.Select(e => e.Name), Is.EqualTo(new[]
            {
                "SyncRunStarted", "SyncCollectionStarted", "SyncCollectionFinished", "SyncCollectionStarted", "SyncCollectionFinished",
                "SyncCollectionStarted", "SyncCollectionFinished", "SyncRunFinished",
            }));
            Assert.That(logger.Events.Single(e => e.Name == "SyncCollectionFinished" && e.Message.StartsWith("users", StringComparison.Ordinal)).Message,
                Does.Contain("60 fetched, 60 inserted, 0 updated, 0 unchanged, 0 deleted"));
            Assert.That(report[SyncCollection.Users].Duration, Is.GreaterThan(TimeSpan.Zero));
        }

        [Test]
        public async Task Unusable_options_fail_before_any_request()
        {
            await using var harness = await SyncHarness.StartAsync(FakeDistrict.Generate(users: 5));
            await using var store = await CreateStoreAsync();
            var options = new RosterSyncOptions { Tenant = " ", MassDeletionGuard = 1.5, BatchSize = 0, Overlap = TimeSpan.FromMinutes(-1), Collections = Array.Empty<SyncCollection>() };

            var error = Assert.Throws<ArgumentException>(() => new RosterSync(harness.Client, store, options))!;

            Assert.That(error.Message, Does.Contain("Tenant").And.Contain("MassDeletionGuard").And.Contain("BatchSize").And.Contain("Overlap").And.Contain("Collections"));
            Assert.That(harness.Fake.RequestLog.Count, Is.Zero);
        }

        /// <summary>IProgress that reports on the caller's thread (Progress&lt;T&gt; posts to the thread pool).</summary>
        private sealed class Synchronous<T>(Action<T> report) : IProgress<T>
        {
            public void Report(T value) => report(value);
        }

        private sealed class ListLogger : ILogger<RosterSync>
        {
            public List<(string Name, string Message)> Events { get; } = new();

            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (Events)
                {
                    Events.Add((eventId.Name ?? "", formatter(state, exception)));
                }
            }
        }
    }
}
