using System;
using System.Linq;
using OneRoster.Cli.Hosting;

namespace OneRoster.Cli.Configuration
{
    /// <summary>
    /// Where a command's provider settings come from: <c>--profile NAME</c> (or <c>ONEROSTER_PROFILE</c>) is that
    /// profile alone; otherwise the <c>ONEROSTER_*</c> variables, read as
    /// <see cref="OneRosterClientOptions.FromEnvironmentVariables()"/> reads them, when any is set; otherwise the
    /// profile named <c>default</c>. Sources are never mixed, so what a command uses is always one place to look.
    /// </summary>
    internal static class Connection
    {
        public const string ProfileVariable = "ONEROSTER_PROFILE";

        private static readonly string[] ProviderVariables =
        {
            OneRosterClientOptions.ClientIdVariable, OneRosterClientOptions.ClientSecretVariable, OneRosterClientOptions.BaseUrlVariable,
            OneRosterClientOptions.TokenUrlVariable, OneRosterClientOptions.EnvironmentVariable, OneRosterClientOptions.ProviderVariable,
        };

        public static OneRosterClientOptions Resolve(CliHost host, string? profileName)
        {
            var store = new ProfileStore(host.ProfilesPath);
            var named = profileName ?? Blank(host.Environment(ProfileVariable));
            if (named is not null)
            {
                return Checked(FromProfile(store, named), $"profile '{named}'");
            }
            if (ProviderVariables.Any(v => Blank(host.Environment(v)) is not null))
            {
                var variables = new Profile
                {
                    ClientId = host.Environment(OneRosterClientOptions.ClientIdVariable),
                    ClientSecret = host.Environment(OneRosterClientOptions.ClientSecretVariable),
                    BaseUrl = host.Environment(OneRosterClientOptions.BaseUrlVariable),
                    TokenUrl = host.Environment(OneRosterClientOptions.TokenUrlVariable),
                    Environment = host.Environment(OneRosterClientOptions.EnvironmentVariable),
                    Provider = host.Environment(OneRosterClientOptions.ProviderVariable),
                    Scopes = host.Environment(OneRosterClientOptions.ScopesVariable),
                };
                return Checked(variables.ToClientOptions("the ONEROSTER_* variables"), "the ONEROSTER_* variables");
            }
            if (store.Find(ProfileStore.DefaultProfile) is { } fallback)
            {
                return Checked(fallback.ToClientOptions($"profile '{ProfileStore.DefaultProfile}'"), $"profile '{ProfileStore.DefaultProfile}'");
            }
            throw CliException.Usage("no-configuration",
                "No provider is configured. Set ONEROSTER_CLIENT_ID, ONEROSTER_CLIENT_SECRET and ONEROSTER_ENV (or ONEROSTER_BASE_URL " +
                "and ONEROSTER_TOKEN_URL; ONEROSTER_PROVIDER names a provider preset such as classlink), or save a profile with 'oneroster config set default ...', or pass --profile NAME.");
        }

        /// <summary>A named profile's options, for commands that talk to two providers (<c>migrate --from --to</c>).</summary>
        public static OneRosterClientOptions FromNamedProfile(CliHost host, string name) =>
            Checked(FromProfile(new ProfileStore(host.ProfilesPath), name), $"profile '{name}'");

        private static OneRosterClientOptions FromProfile(ProfileStore store, string name)
        {
            var profile = store.Find(name) ?? throw CliException.Usage("unknown-profile",
                $"There is no profile '{name}' in {store.Path}. 'oneroster config list' shows the profiles; 'oneroster config set {name} ...' creates it.");
            return profile.ToClientOptions($"profile '{name}'");
        }

        private static OneRosterClientOptions Checked(OneRosterClientOptions options, string source)
        {
            var errors = options.GetValidationErrors();
            if (errors.Count > 0)
            {
                throw CliException.Usage("configuration", $"The settings from {source} are not usable:" + Environment.NewLine +
                    string.Join(Environment.NewLine, errors.Select(e => "  - " + e)));
            }
            return options;
        }

        private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
