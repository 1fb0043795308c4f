using System;
using System.Threading.Tasks;
using OneRoster.Query;

namespace OneRoster.Tests.Reliability
{
    /// <summary>The calls scenarios make, as <see cref="ReliabilityScenario.Act"/> building blocks.</summary>
    internal static class Calls
    {
        /// <summary>GET one user; yields its sourcedId.</summary>
        public static Func<ScenarioRun, Task> GetUser(string id, Action<OneRosterClientOptions>? configure = null) =>
            async run => run.Yield((await run.Client(configure).Users.GetAsync(id).ConfigureAwait(false)).SourcedId);

        /// <summary>Streams every user with page size <paramref name="limit"/>; yields each sourcedId.</summary>
        public static Func<ScenarioRun, Task> StreamUsers(int limit = 10, Action<OneRosterClientOptions>? configure = null) =>
            run => run.Drain(run.Client(configure).Users.StreamAsync(q => q.Limit(limit)), u => u.SourcedId);

        /// <summary>One page of users with a query.</summary>
        public static Func<ScenarioRun, Task> ListUsers(Func<OneRosterQuery, OneRosterQuery> query, Action<OneRosterClientOptions>? configure = null) =>
            async run =>
            {
                var page = await run.Client(configure).Users.ListAsync(query).ConfigureAwait(false);
                foreach (var user in page.Items)
                {
                    run.Yield(user.SourcedId);
                }
            };

        /// <summary>Sets up the fakes, then acts.</summary>
        public static Func<ScenarioRun, Task> After(Action<ScenarioRun> arrange, Func<ScenarioRun, Task> act) =>
            run =>
            {
                arrange(run);
                return act(run);
            };
    }
}
