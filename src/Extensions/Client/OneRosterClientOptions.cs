using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.Extensions.Logging;
using OneRoster.Errors;
using OneRoster.Query;

namespace OneRoster
{
    /// <summary>
    /// Everything a <see cref="OneRosterClient"/> needs: where the provider is, the client credentials, and
    /// the timeout and retry policy. Set <see cref="Environment"/> for a Timeback preset, or
    /// <see cref="BaseUrl"/> and <see cref="TokenUrl"/> for any OneRoster 1.2 provider; explicit URLs override
    /// either half of a preset.
    /// </summary>
    /// <remarks>
    /// The client takes a copy when it is constructed; later changes to this object do not affect it.
    /// <see cref="ToString"/> never shows <see cref="ClientSecret"/>. Binds from configuration
    /// (<c>AddOneRosterClient(configuration.GetSection("OneRoster"))</c>): <c>Environment</c> and <c>Provider</c> by preset name,
    /// URLs as strings, timeouts as <c>hh:mm:ss</c>.
    /// </remarks>
    public sealed class OneRosterClientOptions
    {
        /// <summary>Environment variable read by <see cref="FromEnvironmentVariables()"/> for <see cref="ClientId"/>.</summary>
        public const string ClientIdVariable = "ONEROSTER_CLIENT_ID";

        /// <summary>Environment variable for <see cref="ClientSecret"/>.</summary>
        public const string ClientSecretVariable = "ONEROSTER_CLIENT_SECRET";

        /// <summary>Environment variable for <see cref="BaseUrl"/>.</summary>
        public const string BaseUrlVariable = "ONEROSTER_BASE_URL";

        /// <summary>Environment variable for <see cref="TokenUrl"/>.</summary>
        public const string TokenUrlVariable = "ONEROSTER_TOKEN_URL";

        /// <summary>Environment variable for <see cref="Environment"/> (a preset name: <c>staging</c> or <c>production</c>).</summary>
        public const string EnvironmentVariable = "ONEROSTER_ENV";

        /// <summary>Environment variable for <see cref="Scopes"/> (space-separated).</summary>
        public const string ScopesVariable = "ONEROSTER_SCOPES";

        /// <summary>Environment variable for <see cref="Provider"/> (a preset name, e.g. <c>TimebackPlatform</c>, <c>InfiniteCampus</c>).</summary>
        public const string ProviderVariable = "ONEROSTER_PROVIDER";

        private const string Unset = "(not set)";

        // Polly's timeout strategy accepts at most one day; nothing in OneRoster needs more.
        private static readonly TimeSpan LongestTimeout = TimeSpan.FromDays(1);

        /// <summary>A Timeback preset (<see cref="OneRosterEnvironment.Staging"/>, <see cref="OneRosterEnvironment.Production"/>) or an environment of your own.</summary>
        public OneRosterEnvironment? Environment { get; set; }

        /// <summary>
        /// The provider root, e.g. <c>https://api.example.com</c> (a path prefix is allowed); the client appends the
        /// provider's service paths (<c>ims/oneroster/rostering/v1p2/...</c> by default, see <see cref="OneRosterProvider.ServicePaths"/>).
        /// The service URL a provider documents is accepted too: when the path ends with a service root of
        /// <see cref="ResolvedProvider"/> (e.g. ClassLink's <c>https://district.oneroster.com/ims/oneroster/v1p1</c>),
        /// the part before it is the root. Overrides the environment's base URL.
        /// </summary>
        public Uri? BaseUrl { get; set; }

        /// <summary>The OAuth 2.0 token endpoint. Overrides the environment's token URL. Not needed under OAuth 1.0a or a bearer key.</summary>
        public Uri? TokenUrl { get; set; }

        /// <summary>The OAuth 2.0 client id; under OAuth 1.0a (<see cref="OneRosterProvider.AuthScheme"/>) the consumer key.</summary>
        public string? ClientId { get; set; }

        /// <summary>
        /// The OAuth 2.0 client secret; under OAuth 1.0a the consumer secret; under <see cref="OneRosterAuthScheme.BearerKey"/>
        /// the key. Never shown by <see cref="ToString"/>, logs or exceptions.
        /// </summary>
        public string? ClientSecret { get; set; }

        /// <summary>
        /// Scopes to request, e.g. <c>https://purl.imsglobal.org/spec/or/v1p1/scope/roster-core.readonly</c>;
        /// empty (the default) requests none, and the provider grants the client's default scopes.
        /// </summary>
        public IList<string> Scopes { get; set; } = new List<string>();

        /// <summary>How the credentials travel to the token endpoint: HTTP Basic (default) or the form body.</summary>
        public OneRosterClientAuthentication ClientAuthentication { get; set; } = OneRosterClientAuthentication.Basic;

        /// <summary>Time allowed for one attempt (one HTTP exchange); an attempt that runs out is retried like a network failure. Default 30 s.</summary>
        public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

        /// <summary>Time allowed for a whole call, all retries and waits included. Default 2 minutes.</summary>
        public TimeSpan OverallTimeout { get; set; } = TimeSpan.FromMinutes(2);

        /// <summary>The retry policy.</summary>
        public OneRosterRetryOptions Retry { get; set; } = new();

        /// <summary>
        /// What the provider supports (filters it evaluates, largest page, Timeback paths). Null picks
        /// <see cref="OneRosterProvider.Timeback"/> for a Timeback <see cref="Environment"/>, else <see cref="OneRosterProvider.Standard"/>.
        /// </summary>
        public OneRosterProvider? Provider { get; set; }

        /// <summary>
        /// The profile in effect: <see cref="Provider"/>, else the environment's (<see cref="OneRosterProvider.TimebackPlatform"/>
        /// for the Timeback Platform environments, <see cref="OneRosterProvider.Timeback"/> for the others), else
        /// <see cref="OneRosterProvider.Standard"/>.
        /// </summary>
        public OneRosterProvider ResolvedProvider => Provider ?? Environment?.DefaultProvider ?? OneRosterProvider.Standard;

        /// <summary>The page size streams ask for; null uses the provider's <see cref="OneRosterProvider.MaxPageSize"/>.</summary>
        public int? PageSize { get; set; }

        /// <summary>
        /// What a filter naming a field the record type does not have does (<c>noSuchField='x'</c>, which most providers
        /// answer with no records): log a Warning once per field (<see cref="UnknownFilterFieldPolicy.Warn"/>, default),
        /// throw before sending (<see cref="UnknownFilterFieldPolicy.Throw"/>) or nothing (<see cref="UnknownFilterFieldPolicy.Ignore"/>).
        /// </summary>
        public UnknownFilterFieldPolicy UnknownFilterFields { get; set; } = UnknownFilterFieldPolicy.Warn;

        /// <summary>How many pages a stream may fetch at once when the provider reports a total (1 = strictly sequential).</summary>
        public int MaxConcurrency { get; set; } = 4;

        /// <summary>
        /// Allow plain <c>http://</c> to a host that is not loopback. Off by default: the access token (and, for the
        /// token URL, the client secret) would travel unencrypted. Loopback hosts are always allowed, for tests.
        /// </summary>
        public bool AllowInsecureHttp { get; set; }

        /// <summary>
        /// Logger factory for the client built by <see cref="OneRosterClient(OneRosterClientOptions)"/>; null logs nothing.
        /// Clients from dependency injection use the container's <c>ILoggerFactory</c> instead.
        /// </summary>
        public ILoggerFactory? LoggerFactory { get; set; }

        /// <summary>Clock and timers for token expiry, backoff and timeouts; null means <see cref="TimeProvider.System"/>. For tests.</summary>
        public TimeProvider? TimeProvider { get; set; }

        /// <summary>The base URL in effect: <see cref="BaseUrl"/>, else the environment's; null when neither is set.</summary>
        public Uri? ResolvedBaseUrl => BaseUrl ?? Environment?.BaseUrl;

        /// <summary>The token URL in effect: <see cref="TokenUrl"/>, else the environment's; null when neither is set.</summary>
        public Uri? ResolvedTokenUrl => TokenUrl ?? Environment?.TokenUrl;

        /// <summary>
        /// Options from the process environment: <c>ONEROSTER_CLIENT_ID</c>, <c>ONEROSTER_CLIENT_SECRET</c>,
        /// <c>ONEROSTER_BASE_URL</c>, <c>ONEROSTER_TOKEN_URL</c> (optional), <c>ONEROSTER_ENV</c> (optional preset
        /// name), <c>ONEROSTER_PROVIDER</c> (optional provider preset name) and <c>ONEROSTER_SCOPES</c> (optional, space-separated). The URL variables override the preset's.
        /// The result is not validated yet; the client validates it when constructed (or call <see cref="Validate"/>).
        /// </summary>
        /// <exception cref="OneRosterConfigurationException">A variable holds something that is not a URL, or an unknown preset name.</exception>
        public static OneRosterClientOptions FromEnvironmentVariables() =>
            FromEnvironmentVariables(System.Environment.GetEnvironmentVariable);

        internal static OneRosterClientOptions FromEnvironmentVariables(Func<string, string?> read)
        {
            ArgumentNullException.ThrowIfNull(read);
            string? Get(string name) => read(name) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

            var errors = new List<string>();
            var options = new OneRosterClientOptions
            {
                ClientId = Get(ClientIdVariable),
                ClientSecret = Get(ClientSecretVariable),
            };
            if (Get(EnvironmentVariable) is { } env)
            {
                if (OneRosterEnvironment.TryParse(env, out var preset))
                {
                    options.Environment = preset;
                }
                else
                {
                    errors.Add($"{EnvironmentVariable} '{env}' is not a known environment (known: " +
                        $"{string.Join(", ", OneRosterEnvironment.Presets.Select(p => p.Name.ToLowerInvariant()))}); " +
                        $"for another provider set {BaseUrlVariable} and {TokenUrlVariable} instead.");
                }
            }
            if (Get(ProviderVariable) is { } provider)
            {
                if (OneRosterProvider.TryParse(provider, out var preset))
                {
                    options.Provider = preset;
                }
                else
                {
                    errors.Add($"{ProviderVariable} '{provider}' is not a known provider (known: {string.Join(", ", OneRosterProvider.Presets.Select(p => p.Name))}).");
                }
            }
            options.BaseUrl = ReadUrl(Get(BaseUrlVariable), BaseUrlVariable, errors);
            options.TokenUrl = ReadUrl(Get(TokenUrlVariable), TokenUrlVariable, errors);
            if (Get(ScopesVariable) is { } scopes)
            {
                options.Scopes = scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
            }
            if (errors.Count > 0)
            {
                throw new OneRosterConfigurationException(errors);
            }
            return options;
        }

        /// <summary>Every problem with these options, one sentence each; empty when they are usable.</summary>
        public IReadOnlyList<string> GetValidationErrors() => GetValidationErrors(requireCredentials: true);

        /// <summary>Throws when the options cannot work, listing every problem.</summary>
        /// <exception cref="OneRosterConfigurationException">At least one problem was found.</exception>
        public void Validate()
        {
            var errors = GetValidationErrors();
            if (errors.Count > 0)
            {
                throw new OneRosterConfigurationException(errors);
            }
        }

        /// <summary>Describes the options without the secret.</summary>
        public override string ToString()
        {
            var text = new StringBuilder("OneRosterClientOptions { ");
            text.Append("Environment = ").Append(Environment?.Name ?? Unset)
                .Append(", BaseUrl = ").Append(ResolvedBaseUrl?.OriginalString ?? Unset)
                .Append(", TokenUrl = ").Append(ResolvedTokenUrl?.OriginalString ?? Unset)
                .Append(", ClientId = ").Append(ClientId ?? Unset)
                .Append(", ClientSecret = ").Append(string.IsNullOrEmpty(ClientSecret) ? Unset : "***")
                .Append(", Scopes = [").Append(string.Join(" ", Scopes ?? Array.Empty<string>())).Append(']')
                .Append(", ClientAuthentication = ").Append(ClientAuthentication)
                .Append(", Timeout = ").Append(Timeout.ToString("c", CultureInfo.InvariantCulture))
                .Append(", OverallTimeout = ").Append(OverallTimeout.ToString("c", CultureInfo.InvariantCulture))
                .Append(", Retry = { ").Append(Retry).Append(" }")
                .Append(", AllowInsecureHttp = ").Append(AllowInsecureHttp)
                .Append(" }");
            return text.ToString();
        }

        /// <summary>
        /// The base URL as <c>HttpClient.BaseAddress</c> needs it: the provider root, ending with '/', so the
        /// service paths (<c>ims/oneroster/rostering/v1p2/...</c>, or the profile's own) append. A pasted service URL of
        /// the profile in use is cut to its root rather than doubled (see <see cref="OneRosterServicePaths.ProviderRootOf"/>).
        /// </summary>
        internal Uri GetApiBaseAddress()
        {
            var url = ResolvedBaseUrl ?? throw new InvalidOperationException("No OneRoster base URL is configured.");
            return WithTrailingSlash(ResolvedProvider.ServicePaths.ProviderRootOf(url));
        }

        internal static Uri WithTrailingSlash(Uri url) =>
            url.AbsolutePath.EndsWith('/') ? url : new UriBuilder(url) { Path = url.AbsolutePath + "/" }.Uri;

        internal IReadOnlyList<string> GetValidationErrors(bool requireCredentials)
        {
            var errors = new List<string>();
            if (PageSize is < 1)
            {
                errors.Add($"PageSize must be at least 1 (was {PageSize}).");
            }
            if (MaxConcurrency < 1)
            {
                errors.Add($"MaxConcurrency must be at least 1 (was {MaxConcurrency}).");
            }
            if (requireCredentials)
            {
                // A static bearer key is the secret alone.
                if (string.IsNullOrWhiteSpace(ClientId) && ResolvedProvider.AuthScheme != OneRosterAuthScheme.BearerKey)
                {
                    errors.Add($"ClientId is missing. Set OneRosterClientOptions.ClientId (or {ClientIdVariable}).");
                }
                if (string.IsNullOrWhiteSpace(ClientSecret))
                {
                    errors.Add($"ClientSecret is missing. Set OneRosterClientOptions.ClientSecret (or {ClientSecretVariable}).");
                }
            }

            if (ResolvedBaseUrl is null)
            {
                errors.Add("No API base URL. Set Environment (OneRosterEnvironment.Staging or .Production) or BaseUrl " +
                    $"(or {EnvironmentVariable} / {BaseUrlVariable}).");
            }
            else
            {
                CheckUrl(ResolvedBaseUrl, BaseUrl is null ? $"The base URL of environment '{Environment?.Name}'" : "BaseUrl", allowQuery: false, errors);
            }

            // OAuth 1.0a signs each request with the secret itself, a bearer key is sent as it is: no token endpoint to configure.
            if (requireCredentials && ResolvedProvider.AuthScheme == OneRosterAuthScheme.OAuth2ClientCredentials)
            {
                if (ResolvedTokenUrl is null)
                {
                    errors.Add("No token URL. Set Environment (OneRosterEnvironment.Staging or .Production) or TokenUrl " +
                        $"(or {EnvironmentVariable} / {TokenUrlVariable}).");
                }
                else
                {
                    CheckUrl(ResolvedTokenUrl, TokenUrl is null ? $"The token URL of environment '{Environment?.Name}'" : "TokenUrl", allowQuery: true, errors);
                }
            }

            CheckTimeout(Timeout, nameof(Timeout), errors);
            CheckTimeout(OverallTimeout, nameof(OverallTimeout), errors);
            if (Retry is null)
            {
                errors.Add("Retry is null; leave it at its default or set MaxRetries = 0 to turn retrying off.");
            }
            else
            {
                if (Retry.MaxRetries is < 0 or > 100)
                {
                    errors.Add($"Retry.MaxRetries is {Retry.MaxRetries}; it must be between 0 and 100.");
                }
                if (Retry.BaseDelay < TimeSpan.Zero || Retry.BaseDelay > LongestTimeout)
                {
                    errors.Add($"Retry.BaseDelay is {Retry.BaseDelay}; it must be between zero and one day.");
                }
                if (Retry.MaxDelay < Retry.BaseDelay || Retry.MaxDelay > LongestTimeout)
                {
                    errors.Add($"Retry.MaxDelay is {Retry.MaxDelay}; it must be at least Retry.BaseDelay ({Retry.BaseDelay}) and at most one day.");
                }
                if (Retry.MaxRetryAfter < TimeSpan.Zero)
                {
                    errors.Add($"Retry.MaxRetryAfter is {Retry.MaxRetryAfter}; it must not be negative.");
                }
            }

            if (Scopes is not null)
            {
                foreach (var scope in Scopes)
                {
                    if (string.IsNullOrWhiteSpace(scope) || scope.Any(char.IsWhiteSpace))
                    {
                        errors.Add($"Scope '{scope}' is blank or contains whitespace; give each scope as its own entry.");
                    }
                }
            }
            return errors;
        }

        internal OneRosterClientOptions Clone()
        {
            var copy = (OneRosterClientOptions)MemberwiseClone();
            copy.Scopes = Scopes is null ? new List<string>() : new List<string>(Scopes);
            copy.Retry = Retry?.Clone() ?? new OneRosterRetryOptions();
            return copy;
        }

        private void CheckUrl(Uri url, string what, bool allowQuery, List<string> errors)
        {
            var shown = url.OriginalString;
            // On Unix "/x" parses as an absolute file: URI, which is as wrong here as a relative one.
            if (!url.IsAbsoluteUri || url.IsFile || url.OriginalString.StartsWith('/'))
            {
                errors.Add($"{what} '{shown}' is relative; give an absolute URL such as https://api.example.com.");
                return;
            }
            if (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)
            {
                errors.Add($"{what} '{shown}' must be an https URL (it uses '{url.Scheme}').");
                return;
            }
            if (!string.IsNullOrEmpty(url.UserInfo))
            {
                errors.Add($"{what} must not contain credentials (user info); set ClientId and ClientSecret instead.");
            }
            if (!allowQuery && !string.IsNullOrEmpty(url.Query))
            {
                errors.Add($"{what} '{RedactedUrl(url)}' must not have a query string.");
            }
            if (!string.IsNullOrEmpty(url.Fragment))
            {
                errors.Add($"{what} '{RedactedUrl(url)}' must not have a fragment.");
            }
            if (url.Scheme == Uri.UriSchemeHttp && !url.IsLoopback && !AllowInsecureHttp)
            {
                errors.Add($"{what} '{RedactedUrl(url)}' uses plain http to a host that is not loopback, so the access token" +
                    " and client secret would travel unencrypted. Use https, or set AllowInsecureHttp = true for a trusted network.");
            }
        }

        private static string RedactedUrl(Uri url) =>
            $"{url.Scheme}://{url.Authority}{Http.RequestPathRedactor.Describe(url)}";

        private static void CheckTimeout(TimeSpan value, string name, List<string> errors)
        {
            if (value <= TimeSpan.Zero || value > LongestTimeout)
            {
                errors.Add($"{name} is {value}; it must be more than zero and at most one day.");
            }
        }

        private static Uri? ReadUrl(string? text, string variable, List<string> errors)
        {
            if (text is null)
            {
                return null;
            }
            if (Uri.TryCreate(text, UriKind.Absolute, out var absolute) && !absolute.IsFile && !text.StartsWith('/'))
            {
                return absolute;
            }
            if (Uri.TryCreate(text, UriKind.Relative, out var relative))
            {
                // Kept so that validation reports it as relative, with the option's name.
                return relative;
            }
            errors.Add($"{variable} '{text}' is not a URL.");
            return null;
        }
    }
}
