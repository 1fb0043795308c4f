using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OneRoster.Auth;
using OneRoster.Http;

namespace OneRoster
{
    /// <summary>The names given to <c>AddOneRosterClient</c>.</summary>
    internal sealed class OneRosterClientRegistry
    {
        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>Builds clients over IHttpClientFactory's HttpClient for the name.</summary>
    internal sealed class OneRosterClientFactory : IOneRosterClientFactory
    {
        private readonly IHttpClientFactory _httpClients;
        private readonly IOptionsMonitor<OneRosterClientOptions> _options;
        private readonly OneRosterClientRegistry _registry;
        private readonly ILoggerFactory? _loggerFactory;

        public OneRosterClientFactory(IHttpClientFactory httpClients, IOptionsMonitor<OneRosterClientOptions> options, IOptions<OneRosterClientRegistry> registry, IServiceProvider services)
        {
            _loggerFactory = (ILoggerFactory?)services.GetService(typeof(ILoggerFactory));
            _httpClients = httpClients;
            _options = options;
            _registry = registry.Value;
            _gates = (OneRosterRequestGates?)services.GetService(typeof(OneRosterRequestGates));
        }

        private readonly OneRosterRequestGates? _gates;

        public OneRosterClient CreateClient(string name)
        {
            ArgumentNullException.ThrowIfNull(name);
            if (!_registry.Names.Contains(name))
            {
                var known = _registry.Names.Count == 0 ? "none" : string.Join(", ", _registry.Names.Select(n => n.Length == 0 ? "(unnamed)" : $"'{n}'"));
                throw new InvalidOperationException(
                    $"No OneRoster client named '{name}' is registered (registered: {known}). Call services.AddOneRosterClient(\"{name}\", ...).");
            }
            var options = _options.Get(name);
            return new OneRosterClient(_httpClients.CreateClient(OneRosterServiceCollectionExtensions.HttpClientName(name)), options, _loggerFactory, _gates?.Get(name, options));
        }
    }

    /// <summary>
    /// One token cache per registration, living as long as the container: IHttpClientFactory rebuilds its
    /// handlers every few minutes, and a cache inside a handler would fetch a new token each time.
    /// </summary>
    internal sealed class OneRosterTokenProviders : IDisposable
    {
        private readonly ConcurrentDictionary<string, Lazy<OneRosterTokenProvider>> _providers = new(StringComparer.Ordinal);
        private readonly IHttpClientFactory _httpClients;
        private readonly IOptionsMonitor<OneRosterClientOptions> _options;
        private readonly ILoggerFactory? _loggerFactory;
        private readonly TimeProvider? _timeProvider;

        public OneRosterTokenProviders(IHttpClientFactory httpClients, IOptionsMonitor<OneRosterClientOptions> options, IServiceProvider services)
        {
            _httpClients = httpClients;
            _options = options;
            _loggerFactory = (ILoggerFactory?)services.GetService(typeof(ILoggerFactory));
            _timeProvider = (TimeProvider?)services.GetService(typeof(TimeProvider));
        }

        public OneRosterTokenProvider Get(string name) =>
            _providers.GetOrAdd(name, n => new Lazy<OneRosterTokenProvider>(() => Create(n))).Value;

        public void Dispose()
        {
            foreach (var provider in _providers.Values.Where(p => p.IsValueCreated))
            {
                provider.Value.Dispose();
            }
        }

        private OneRosterTokenProvider Create(string name)
        {
            var options = _options.Get(name);
            var tokenClientName = OneRosterServiceCollectionExtensions.TokenHttpClientName(name);
            return new OneRosterTokenProvider(
                options,
                () => _httpClients.CreateClient(tokenClientName),
                options.TimeProvider ?? _timeProvider,
                _loggerFactory?.CreateLogger("OneRoster.Auth"));
        }
    }

    /// <summary>Validates every named <see cref="OneRosterClientOptions"/> when it is first used.</summary>
    internal sealed class OneRosterClientOptionsValidator : IValidateOptions<OneRosterClientOptions>
    {
        public ValidateOptionsResult Validate(string? name, OneRosterClientOptions options)
        {
            var errors = options.GetValidationErrors();
            if (errors.Count == 0)
            {
                return ValidateOptionsResult.Success;
            }
            var label = string.IsNullOrEmpty(name) ? "OneRoster client" : $"OneRoster client '{name}'";
            return ValidateOptionsResult.Fail(errors.Select(e => $"{label}: {e}"));
        }
    }

    /// <summary>
    /// One set of request limits per registration, living as long as the container: clients are resolved afresh for
    /// every use, and a provider's limit on requests in flight is about all of them together.
    /// </summary>
    internal sealed class OneRosterRequestGates : IDisposable
    {
        private readonly ConcurrentDictionary<string, Lazy<RequestGate?>> _gates = new(StringComparer.Ordinal);

        public RequestGate? Get(string name, OneRosterClientOptions options) =>
            _gates.GetOrAdd(name, _ => new Lazy<RequestGate?>(() => RequestGate.For(options.ResolvedProvider))).Value;

        public void Dispose()
        {
            foreach (var gate in _gates.Values.Where(g => g.IsValueCreated))
            {
                gate.Value?.Dispose();
            }
        }
    }
}
