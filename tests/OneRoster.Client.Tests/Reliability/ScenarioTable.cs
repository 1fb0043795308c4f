using System;
using System.Collections.Generic;
using System.Linq;
using NUnit.Framework;

namespace OneRoster.Tests.Reliability
{
    /// <summary>Every reliability scenario, by area, in the order docs/reliability.md lists them.</summary>
    internal static class ScenarioTable
    {
        public static IReadOnlyList<ReliabilityScenario> All { get; } =
            NetworkScenarios.All()
                .Concat(ProviderAnswerScenarios.All())
                .Concat(PagingScenarios.All())
                .Concat(AuthScenarios.All())
                .Concat(HostileInputScenarios.All())
                .Concat(ConcurrencyScenarios.All())
                .ToList();

        private static readonly Lazy<IReadOnlyDictionary<string, ReliabilityScenario>> ByName = new(() =>
            All.ToDictionary(s => s.Name, StringComparer.Ordinal));

        public static ReliabilityScenario Find(string name) => ByName.Value[name];

        public static IEnumerable<TestCaseData> Cases() =>
            All.Select(s => new TestCaseData(s.Name).SetName($"{s.Area}: {s.Name}"));
    }
}
