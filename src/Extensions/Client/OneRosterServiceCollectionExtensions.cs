using System;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OneRoster;
using OneRoster.Auth;
using OneRoster.Http;

namespace Microsoft.Extensions.DependencyInjection
{
    /// <summary>
    /// Registers <see cref="OneRosterClient"/> on <c>IHttpClientFactory</c>. Each registration gets its own named
    /// HttpClient with the same handler chain as a standalone client (built by <c>OneRosterPipeline</c>, see
    /// docs/architecture.md), and its own token cache that outlives handler rotation.
    /// </summary>
    public static class OneRosterServiceCollectionExtensions
    {
        private const string HttpClientPrefix = "OneRoster:";
        private const string TokenHttpClientPrefix = "OneRoster.Token:";

        /// <summary>
        /// Registers the unnamed client: inject <see cref="OneRosterClient"/> (transient, cheap) or use
        /// <see cref="IOneRosterClientFactory.CreateClient"/> with <c>""</c>.
        /// </summary>
        /// <returns>The HttpClient builder, to add handlers or change the primary handler.</returns>
        public static IHttpClientBuilder AddOneRosterClient(this IServiceCollection services, Action<OneRosterClientOptions> configure) =>
            services.AddOneRosterClient(Options.Options.DefaultName, configure);

        /// <summary>Registers the unnamed client with options bound from a configuration section (e.g. <c>GetSection("OneRoster")</c>).</summary>
        /// <returns>The HttpClient builder.</returns>
        public static IHttpClientBuilder AddOneRosterClient(this IServiceCollection services, IConfiguration configuration) =>
            services.AddOneRosterClient(Options.Options.DefaultName, configuration);

        /// <summary>
        /// Registers a named client (one per provider or tenant); get it from
        /// <see cref="IOneRosterClientFactory.CreateClient"/>. Calling again with the same name adds configuration.
        /// </summary>
        /// <returns>The HttpClient builder.</returns>
        public static IHttpClientBuilder AddOneRosterClient(this IServiceCollection services, string name, Action<OneRosterClientOptions> configure)
        {
            ArgumentNullException.ThrowIfNull(services);
            ArgumentNullException.ThrowIfNull(name);
            ArgumentNullException.ThrowIfNull(configure);
            services.AddOptions<OneRosterClientOptions>(name).Configure(configure);
            return AddCore(services, name);
        }

        /// <summary>Registers a named client with options bound from a configuration section.</summary>
        /// <returns>The HttpClient builder.</returns>
        public static IHttpClientBuilder AddOneRosterClient(this IServiceCollection services, string name, IConfiguration configuration)
        {
            ArgumentNullException.ThrowIfNull(services);
            ArgumentNullException.ThrowIfNull(name);
            ArgumentNullException.ThrowIfNull(configuration);
            services.AddOptions<OneRosterClientOptions>(name).Bind(configuration);
            return AddCore(services, name);
        }

        internal static string HttpClientName(string name) => HttpClientPrefix + name;

        internal static string TokenHttpClientName(string name) => TokenHttpClientPrefix + name;

        private static IHttpClientBuilder AddCore(IServiceCollection services, string name)
        {
            services.Configure<OneRosterClientRegistry>(registry => registry.Names.Add(name));
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OneRosterClientOptions>, OneRosterClientOptionsValidator>());
            services.TryAddSingleton<IOneRosterClientFactory, OneRosterClientFactory>();
            services.TryAddSingleton<OneRosterTokenProviders>();
            services.TryAddSingleton<OneRosterRequestGates>();
            if (name.Length == 0)
            {
                services.TryAddTransient(sp => sp.GetRequiredService<IOneRosterClientFactory>().CreateClient(Options.Options.DefaultName));
            }

            // Both chains come from OneRosterPipeline, as for the standalone client; IHttpClientFactory asks for fresh
            // handlers whenever it rotates them, and the token cache (OneRosterTokenProviders) outlives that.
            var tokenClient = services.AddHttpClient(TokenHttpClientName(name))
                // The resilience pipeline owns every timeout (per attempt and overall), as for API calls.
                .ConfigureHttpClient(http => http.Timeout = System.Threading.Timeout.InfiniteTimeSpan)
                .ConfigurePrimaryHttpMessageHandler(OneRosterPipeline.CreateNetwork);
            AddHandlers(tokenClient, sp =>
            {
                var options = OptionsFor(sp, name);
                return OneRosterPipeline.TokenHandlers(options, TimeProviderFor(sp, options));
            });
            // IHttpClientFactory's Trace logging redacts header values in its message text but hands the raw values to
            // structured loggers; on this client they are the Basic client credentials.
            tokenClient.RemoveAllLoggers();

            var builder = services.AddHttpClient(HttpClientName(name))
                .ConfigureHttpClient((sp, http) =>
                {
                    http.BaseAddress = OptionsFor(sp, name).GetApiBaseAddress();
                    // The resilience pipeline owns every timeout (per attempt and overall).
                    http.Timeout = System.Threading.Timeout.InfiniteTimeSpan;
                })
                .ConfigurePrimaryHttpMessageHandler(OneRosterPipeline.CreateNetwork);
            AddHandlers(builder, sp =>
            {
                var options = OptionsFor(sp, name);
                return OneRosterPipeline.ApiHandlers(options, () => sp.GetRequiredService<OneRosterTokenProviders>().Get(name), sp.GetService<ILoggerFactory>(), TimeProviderFor(sp, options));
            });
            // Same reason as above (the bearer token); AttemptLoggingHandler writes the per-attempt lines instead.
            return builder.RemoveAllLoggers();
        }

        /// <summary>Adds the handlers <paramref name="create"/> makes, outermost first; a new set at every handler rotation.</summary>
        private static void AddHandlers(IHttpClientBuilder builder, Func<IServiceProvider, System.Net.Http.DelegatingHandler[]> create) =>
            builder.ConfigureAdditionalHttpMessageHandlers((handlers, services) =>
            {
                foreach (var handler in create(services))
                {
                    handlers.Add(handler);
                }
            });

        private static OneRosterClientOptions OptionsFor(IServiceProvider services, string name) =>
            services.GetRequiredService<IOptionsMonitor<OneRosterClientOptions>>().Get(name);

        private static TimeProvider TimeProviderFor(IServiceProvider services, OneRosterClientOptions options) =>
            options.TimeProvider ?? services.GetService<TimeProvider>() ?? TimeProvider.System;
    }
}
