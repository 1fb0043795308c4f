using System;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OneRoster;
using OneRoster.Sync;

// In the DI namespace, as AddOneRosterClient is, so it is found without a using.
namespace Microsoft.Extensions.DependencyInjection
{
    /// <summary>Registers <see cref="RosterSync"/> and its store with a service collection.</summary>
    public static class OneRosterSyncServiceCollectionExtensions
    {
        /// <summary>
        /// Registers a <see cref="RosterSync"/> (transient, on the <see cref="OneRosterClient"/> that
        /// <c>AddOneRosterClient</c> registers) and the store it mirrors into (a singleton, disposed with the container).
        /// The options are validated when a sync is resolved.
        /// </summary>
        /// <param name="services">The service collection.</param>
        /// <param name="store">Creates the store once, e.g. <c>_ =&gt; new SqliteRosterStore("roster.db")</c>.</param>
        /// <param name="configure">Sets the <see cref="RosterSyncOptions"/>; null for the defaults.</param>
        /// <returns>The service collection, to chain calls.</returns>
        public static IServiceCollection AddOneRosterSync(this IServiceCollection services, Func<IServiceProvider, IRosterStore> store, Action<RosterSyncOptions>? configure = null)
        {
            ArgumentNullException.ThrowIfNull(services);
            ArgumentNullException.ThrowIfNull(store);
            var options = services.AddOptions<RosterSyncOptions>();
            if (configure is not null)
            {
                options.Configure(configure);
            }
            services.TryAddSingleton(store);
            services.TryAddTransient(sp => new RosterSync(
                sp.GetRequiredService<OneRosterClient>(),
                sp.GetRequiredService<IRosterStore>(),
                sp.GetRequiredService<IOptions<RosterSyncOptions>>().Value,
                sp.GetService<ILogger<RosterSync>>()));
            return services;
        }
    }
}
