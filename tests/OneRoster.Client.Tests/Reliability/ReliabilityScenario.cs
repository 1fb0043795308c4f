using System;
using System.Threading.Tasks;

namespace OneRoster.Tests.Reliability
{
    /// <summary>
    /// One row of the fault table: the fault or hostile input (set up and exercised by <see cref="Act"/>),
    /// what the client is meant to do (for docs/reliability.md) and the exact outcome.
    /// </summary>
    /// <param name="Area">Network, Provider answers, Paging, Auth, Hostile input, Concurrency.</param>
    /// <param name="Name">Short, unique; the test case name.</param>
    /// <param name="Behaviour">What the client does, in one sentence.</param>
    /// <param name="Act">Arranges the fakes, makes the calls, reports records through <see cref="ScenarioRun.Yield"/>.</param>
    /// <param name="Expect">The outcome compared field by field.</param>
    /// <param name="Check">Further assertions on the run (wire details the table cannot hold), or null.</param>
    internal sealed record ReliabilityScenario(
        string Area,
        string Name,
        string Behaviour,
        Func<ScenarioRun, Task> Act,
        Expected Expect,
        Action<ScenarioRun, Outcome>? Check = null)
    {
        /// <summary>False for scenarios that set up their own token endpoint.</summary>
        public bool StandardTokens { get; init; } = true;

        public override string ToString() => Name;
    }
}
