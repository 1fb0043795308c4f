using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json;
using OneRoster.Cli.Hosting;

namespace OneRoster.Cli.Configuration
{
    /// <summary>
    /// One named set of connection settings, kept as the text the user gave (so <c>config show</c> prints it back
    /// and a broken value is reported with its name when it is used).
    /// </summary>
    internal sealed class Profile
    {
        [JsonProperty("env", NullValueHandling = NullValueHandling.Ignore)]
        public string? Environment { get; set; }

        [JsonProperty("provider", NullValueHandling = NullValueHandling.Ignore)]
        public string? Provider { get; set; }

        [JsonProperty("baseUrl", NullValueHandling = NullValueHandling.Ignore)]
        public string? BaseUrl { get; set; }

        [JsonProperty("tokenUrl", NullValueHandling = NullValueHandling.Ignore)]
        public string? TokenUrl { get; set; }

        [JsonProperty("clientId", NullValueHandling = NullValueHandling.Ignore)]
        public string? ClientId { get; set; }

        [JsonProperty("clientSecret", NullValueHandling = NullValueHandling.Ignore)]
        public string? ClientSecret { get; set; }

        [JsonProperty("scopes", NullValueHandling = NullValueHandling.Ignore)]
        public string? Scopes { get; set; }

        /// <summary>
        /// The settings as client options. Problems with single values (an unknown environment or provider preset, text that is no URL) are
        /// reported here, naming <paramref name="source"/>; whether the whole is usable is the options' own check.
        /// </summary>
        public OneRosterClientOptions ToClientOptions(string source)
        {
            var errors = new List<string>();
            var options = new OneRosterClientOptions
            {
                ClientId = Blank(ClientId),
                ClientSecret = Blank(ClientSecret),
                BaseUrl = ReadUrl(BaseUrl, "base URL", errors),
                TokenUrl = ReadUrl(TokenUrl, "token URL", errors),
            };
            if (Blank(Environment) is { } env)
            {
                if (OneRosterEnvironment.TryParse(env, out var preset))
                {
                    options.Environment = preset;
                }
                else
                {
                    errors.Add($"environment '{env}' is not a known preset (known: " +
                        string.Join(", ", OneRosterEnvironment.Presets.Select(p => p.Name.ToLowerInvariant())) + "); for another provider give a base URL and a token URL");
                }
            }
            if (Blank(Provider) is { } provider)
            {
                if (OneRosterProvider.TryParse(provider, out var preset))
                {
                    options.Provider = preset;
                }
                else
                {
                    errors.Add($"provider '{provider}' is not a known preset (known: " +
                        string.Join(", ", OneRosterProvider.Presets.Select(p => p.Name.ToLowerInvariant())) + ")");
                }
            }
            if (Blank(Scopes) is { } scopes)
            {
                options.Scopes = scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
            }
            if (errors.Count > 0)
            {
                throw CliException.Usage("configuration", $"The settings from {source} are not usable: " + string.Join("; ", errors) + ".");
            }
            return options;
        }

        private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

        private static Uri? ReadUrl(string? text, string what, List<string> errors)
        {
            if (Blank(text) is not { } value)
            {
                return null;
            }
            if (Uri.TryCreate(value, UriKind.Absolute, out var url) && !url.IsFile && !value.StartsWith('/'))
            {
                return url;
            }
            errors.Add($"{what} '{value}' is not an absolute URL");
            return null;
        }
    }
}
