using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Linq;

namespace OneRoster
{
    /// <summary>
    /// A named pair of URLs: the OneRoster API base URL and the OAuth 2.0 token URL of a provider deployment.
    /// The presets <see cref="Staging"/> and <see cref="Production"/> are Timeback's; for any other provider set
    /// <see cref="OneRosterClientOptions.BaseUrl"/> and <see cref="OneRosterClientOptions.TokenUrl"/> (which also
    /// override either half of a preset) or create an environment of your own.
    /// </summary>
    /// <remarks>
    /// Binds from configuration by name (<c>"Environment": "Staging"</c>, case-insensitive).
    /// Published sources disagree on Timeback's hosts; docs/configuration.md lists where each preset value
    /// comes from and the alternatives seen elsewhere.
    /// </remarks>
    [TypeConverter(typeof(OneRosterEnvironmentConverter))]
    public sealed class OneRosterEnvironment : IEquatable<OneRosterEnvironment>
    {
        // The one table of Timeback presets. Sources, all read from ../shared/reference/timeback/:
        //  - Staging API:      `servers[0].url` of Timeback's OneRoster OpenAPI 2025-05 (oneroster-2025-05.openapi.yaml).
        //  - Staging token:    `components.securitySchemes.OAuth2.flows.clientCredentials.tokenUrl` of the 2025-05
        //                      document; both documents' "Authentication" text names the same host as "Staging Server".
        //  - Production API:   `servers[0].url` of the 2025-12 document (oneroster-2025-12.openapi.yaml).
        //  - Production token: `securitySchemes.OAuth2...tokenUrl` of the 2025-12 document; both documents' text
        //                      names the same host as "Production Server".
        // Elsewhere (not Timeback's published OpenAPI): client code in the wild uses api.alpha-1edtech.ai and a
        // us-east-1 Cognito host. Those override any part of a preset through BaseUrl / TokenUrl or the
        // ONEROSTER_BASE_URL / ONEROSTER_TOKEN_URL environment variables.
        private static readonly OneRosterEnvironment[] Table =
        {
            new("Staging",
                new Uri("https://api.staging.alpha-1edtech.com/"),
                new Uri("https://alpha-auth-development-idp.auth.us-west-2.amazoncognito.com/oauth2/token")),
            new("Production",
                new Uri("https://api.alpha-1edtech.com/"),
                new Uri("https://alpha-auth-production-idp.auth.us-west-2.amazoncognito.com/oauth2/token")),
            // The Timeback Platform API: both hosts from the platform's published guide (see docs/providers.md), token
            // endpoint POST /auth/1.0/token on the same host.
            new("TimebackPlatformStaging",
                new Uri("https://platform.dev.timeback.com/"),
                new Uri("https://platform.dev.timeback.com/auth/1.0/token"),
                OneRosterProvider.TimebackPlatform),
            new("TimebackPlatformProduction",
                new Uri("https://platform.timeback.com/"),
                new Uri("https://platform.timeback.com/auth/1.0/token"),
                OneRosterProvider.TimebackPlatform),
        };

        private readonly OneRosterProvider? _defaultProvider;

        private OneRosterEnvironment(string name, Uri baseUrl, Uri tokenUrl, OneRosterProvider provider)
            : this(name, baseUrl, tokenUrl)
        {
            _defaultProvider = provider;
        }

        /// <summary>Creates an environment, e.g. for another provider's staging and production deployments.</summary>
        /// <param name="name">A name to show in diagnostics.</param>
        /// <param name="baseUrl">The provider root (scheme and host, optionally a path prefix); the client appends <c>ims/oneroster/...</c>.</param>
        /// <param name="tokenUrl">The OAuth 2.0 token endpoint.</param>
        public OneRosterEnvironment(string name, Uri baseUrl, Uri tokenUrl)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new ArgumentException("An environment needs a name.", nameof(name));
            }
            Name = name;
            BaseUrl = baseUrl ?? throw new ArgumentNullException(nameof(baseUrl));
            TokenUrl = tokenUrl ?? throw new ArgumentNullException(nameof(tokenUrl));
        }

        /// <summary>Timeback staging.</summary>
        public static OneRosterEnvironment Staging => Table[0];

        /// <summary>Timeback production.</summary>
        public static OneRosterEnvironment Production => Table[1];

        /// <summary>The Timeback Platform's staging deployment (<c>platform.dev.timeback.com</c>); its provider profile is <see cref="OneRosterProvider.TimebackPlatform"/>.</summary>
        public static OneRosterEnvironment TimebackPlatformStaging => Table[2];

        /// <summary>The Timeback Platform's production deployment (<c>platform.timeback.com</c>); its provider profile is <see cref="OneRosterProvider.TimebackPlatform"/>.</summary>
        public static OneRosterEnvironment TimebackPlatformProduction => Table[3];

        /// <summary>
        /// The provider profile a client uses in this environment when <see cref="OneRosterClientOptions.Provider"/> is
        /// not set: <see cref="OneRosterProvider.TimebackPlatform"/> for the platform presets, else <see cref="OneRosterProvider.Timeback"/>.
        /// </summary>
        public OneRosterProvider DefaultProvider => _defaultProvider ?? OneRosterProvider.Timeback;

        /// <summary>The built-in presets.</summary>
        public static IReadOnlyList<OneRosterEnvironment> Presets { get; } = Array.AsReadOnly(Table);

        /// <summary>The environment's name, e.g. <c>Staging</c>.</summary>
        public string Name { get; }

        /// <summary>The OneRoster API base URL (provider root).</summary>
        public Uri BaseUrl { get; }

        /// <summary>The OAuth 2.0 token endpoint.</summary>
        public Uri TokenUrl { get; }

        /// <summary>Finds a preset by name, ignoring case (<c>staging</c>, <c>Production</c>).</summary>
        /// <returns>False when no preset has that name.</returns>
        public static bool TryParse(string? name, out OneRosterEnvironment environment)
        {
            var found = Table.FirstOrDefault(e => string.Equals(e.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));
            environment = found!;
            return found is not null;
        }

        /// <summary>Finds a preset by name, ignoring case.</summary>
        /// <exception cref="ArgumentException">No preset has that name.</exception>
        public static OneRosterEnvironment Parse(string name)
        {
            if (TryParse(name, out var environment))
            {
                return environment;
            }
            throw new ArgumentException(
                $"'{name}' is not a known OneRoster environment. Known: {string.Join(", ", Table.Select(e => e.Name))}; " +
                "for another provider set BaseUrl and TokenUrl instead.", nameof(name));
        }

        /// <summary>Returns the name.</summary>
        public override string ToString() => Name;

        /// <inheritdoc />
        public bool Equals(OneRosterEnvironment? other) =>
            other is not null && string.Equals(Name, other.Name, StringComparison.OrdinalIgnoreCase) &&
            BaseUrl == other.BaseUrl && TokenUrl == other.TokenUrl;

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as OneRosterEnvironment);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Name);
    }

    /// <summary>Converts preset names to <see cref="OneRosterEnvironment"/>, so configuration can say <c>"Environment": "Staging"</c>.</summary>
    public sealed class OneRosterEnvironmentConverter : TypeConverter
    {
        /// <inheritdoc />
        public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) =>
            sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);

        /// <inheritdoc />
        public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value) =>
            value is string name ? OneRosterEnvironment.Parse(name) : base.ConvertFrom(context, culture, value);

        /// <inheritdoc />
        public override bool CanConvertTo(ITypeDescriptorContext? context, Type? destinationType) =>
            destinationType == typeof(string) || base.CanConvertTo(context, destinationType);

        /// <inheritdoc />
        public override object? ConvertTo(ITypeDescriptorContext? context, CultureInfo? culture, object? value, Type destinationType) =>
            destinationType == typeof(string) && value is OneRosterEnvironment environment
                ? environment.Name
                : base.ConvertTo(context, culture, value, destinationType);
    }
}
