using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using NUnit.Framework;
using OneRoster.Errors;
using OneRoster.Tests.Client;

namespace OneRoster.Tests.Reliability
{
    /// <summary>
    /// Runs every row of <see cref="ScenarioTable"/>: the measured outcome must equal the expected one field
    /// by field, and no secret or token may appear in any log line (Trace level) or in the exception's text.
    /// Set RELIABILITY_TABLE to a file path to have the measured outcomes written as the markdown table
    /// of docs/reliability.md.
    /// </summary>
    [TestFixture]
    [Parallelizable(ParallelScope.Children)]
    public sealed class ReliabilityTests
    {
        private static readonly ConcurrentDictionary<string, string> Measured = new();

        private static readonly string[] StandardSecrets =
        {
            FakeProvider.ClientSecret,
            "access-token-",
            Convert.ToBase64String(Encoding.UTF8.GetBytes(FakeProvider.ClientId + ":" + FakeProvider.ClientSecret)),
        };

        /// <summary>JIT the token and request path once, so the first impatient scenario does not time out on a cold start.</summary>
        [OneTimeSetUp]
        public async Task WarmUp()
        {
            using var provider = new FakeProvider().WithTokens().WithUser("u1");
            using var client = provider.CreateClient();
            await client.Users.GetAsync("u1");
        }

        [Test]
        public void The_table_holds_at_least_sixty_uniquely_named_scenarios()
        {
            Assert.That(ScenarioTable.All, Has.Count.GreaterThanOrEqualTo(60));
            Assert.That(ScenarioTable.All.Select(s => s.Name), Is.Unique);
        }

        [Test]
        public void The_document_lists_every_scenario()
        {
            var doc = File.ReadAllText(Path.Combine(Support.RepositoryPaths.Root, "docs", "reliability.md"));
            Assert.That(ScenarioTable.All.Where(s => !doc.Contains($"`{s.Name}`", StringComparison.Ordinal)).Select(s => s.Name), Is.Empty);
        }

        [TestCaseSource(typeof(ScenarioTable), nameof(ScenarioTable.Cases))]
        public async Task Scenario_ends_as_expected_and_leaks_no_secret(string name)
        {
            var scenario = ScenarioTable.Find(name);
            await using var run = new ScenarioRun(scenario.StandardTokens);
            var watch = Stopwatch.StartNew();
            Exception? error = null;
            try
            {
                // A hang is a failure of its own (TimeoutException from WaitAsync), never a stuck suite.
                await scenario.Act(run).WaitAsync(TimeSpan.FromSeconds(30));
            }
            catch (Exception ex)
            {
                error = ex;
            }
            var outcome = new Outcome(run.Records, error, run.ApiRequests, run.TokenRequests, watch.Elapsed);
            var notes = string.Concat(run.Notes.Select(n => "; " + n));
            Measured[name] = $"| {scenario.Area} | `{name}` | {scenario.Behaviour} | {outcome.Describe()}{notes} |";
            TestContext.Out.WriteLine(outcome.Describe());
            TestContext.Out.WriteLine(error?.ToString());

            var expect = scenario.Expect;
            Assert.Multiple(() =>
            {
                Assert.That(error?.GetType(), Is.EqualTo(expect.Error), "exception type");
                Assert.That(outcome.Records, Has.Count.EqualTo(expect.Records), "records yielded");
                Assert.That(outcome.Records, Is.Unique, "records yielded twice");
                if (expect.NoAnswer)
                {
                    Assert.That((error as OneRosterException)?.Status, Is.Null, "Status (no answer arrived)");
                }
                if (expect.Status is { } status)
                {
                    Assert.That((error as OneRosterException)?.Status, Is.EqualTo(status), "Status");
                }
                if (expect.SourcedId is { } id)
                {
                    Assert.That((error as OneRosterNotFoundException)?.SourcedId, Is.EqualTo(id), "SourcedId");
                }
                if (expect.RetryAfter is { } wait)
                {
                    Assert.That((error as OneRosterRateLimitException)?.RetryAfter, Is.EqualTo(wait), "RetryAfter");
                }
                if (expect.CodeMajor is { } codeMajor)
                {
                    Assert.That((error as OneRosterException)?.CodeMajor, Is.EqualTo(codeMajor), "CodeMajor");
                }
                if (expect.ApiRequests is { } api)
                {
                    Assert.That(outcome.ApiRequests, Is.EqualTo(api), "API requests");
                }
                if (expect.TokenRequests is { } tokens)
                {
                    Assert.That(outcome.TokenRequests, Is.EqualTo(tokens), "token requests");
                }
            });
            scenario.Check?.Invoke(run, outcome);

            var texts = run.LogTexts().Concat(run.Texts);
            if (error is not null)
            {
                texts = texts.Append(error.Message).Append(error.ToString());
            }
            var all = texts.ToList();
            foreach (var secret in StandardSecrets.Concat(run.Secrets))
            {
                Assert.That(all.Where(t => t.Contains(secret, StringComparison.Ordinal)), Is.Empty, "a secret or token leaked");
            }
        }

        [OneTimeTearDown]
        public void WriteMeasuredTable()
        {
            var target = Environment.GetEnvironmentVariable("RELIABILITY_TABLE");
            if (string.IsNullOrEmpty(target))
            {
                return;
            }
            var rows = ScenarioTable.All.Select(s => Measured.TryGetValue(s.Name, out var row) ? row : $"| {s.Area} | `{s.Name}` | {s.Behaviour} | not run |");
            File.WriteAllLines(target, new[] { "| area | scenario | what the client does | measured outcome |", "|---|---|---|---|" }.Concat(rows));
        }
    }
}
