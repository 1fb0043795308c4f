using System;
using System.CommandLine;
using System.Linq;
using Newtonsoft.Json.Linq;
using OneRoster.Cli.Configuration;
using OneRoster.Cli.Hosting;
using OneRoster.Cli.Output;

namespace OneRoster.Cli.Commands
{
    /// <summary><c>oneroster config set|show|list|remove</c>: named provider profiles in the user's configuration directory.</summary>
    internal static class ConfigCommand
    {
        /// <summary>What <c>show</c> prints instead of a secret.</summary>
        public const string Mask = "***";

        public static Command Create(CliHost host, GlobalOptions globals)
        {
            var command = new Command("config", $"Saved provider profiles (file: ONEROSTER_CONFIG_FILE, else oneroster/profiles.json in the user's configuration directory).");
            command.Add(Set(host, globals));
            command.Add(Show(host, globals));
            command.Add(List(host, globals));
            command.Add(Remove(host, globals));
            return command;
        }

        private static Command Set(CliHost host, GlobalOptions globals)
        {
            var name = new Argument<string>("name") { Description = "The profile's name ('default' is used when nothing else is configured)." };
            var env = new Option<string?>("--env") { Description = "A Timeback environment preset: " + string.Join(", ", OneRosterEnvironment.Presets.Select(e => e.Name.ToLowerInvariant())) + " (case ignored).", HelpName = "name" };
            var provider = new Option<string?>("--provider")
            {
                Description = "A provider preset: " + string.Join(", ", OneRosterProvider.Presets.Select(p => p.Name.ToLowerInvariant())) + " (case, '-' and '_' ignored).",
                HelpName = "name",
            };
            var baseUrl = new Option<string?>("--base-url") { Description = "The provider root, e.g. https://api.example.com, or the service URL the provider documents.", HelpName = "url" };
            var tokenUrl = new Option<string?>("--token-url") { Description = "The OAuth 2.0 token endpoint.", HelpName = "url" };
            var clientId = new Option<string?>("--client-id") { Description = "The OAuth 2.0 client id.", HelpName = "id" };
            var clientSecret = new Option<string?>("--client-secret") { Description = "The client secret (shells keep history: prefer --client-secret-stdin).", HelpName = "secret" };
            var secretStdin = new Option<bool>("--client-secret-stdin") { Description = "Read the client secret from the first line of standard input." };
            var scopes = new Option<string?>("--scopes") { Description = "Scopes to request, space-separated.", HelpName = "list" };
            var command = new Command("set", "Create a profile or change some of its settings (the others stay).")
            {
                name, env, provider, baseUrl, tokenUrl, clientId, clientSecret, secretStdin, scopes,
            };
            CommandAction.Set(command, host, globals, context =>
            {
                var profileName = CheckedName(context.Value(name));
                var store = new ProfileStore(host.ProfilesPath);
                var profiles = store.Load();
                var profile = profiles.TryGetValue(profileName, out var existing) ? existing : new Profile();
                profile.Environment = context.Value(env) ?? profile.Environment;
                profile.Provider = context.Value(provider) ?? profile.Provider;
                profile.BaseUrl = context.Value(baseUrl) ?? profile.BaseUrl;
                profile.TokenUrl = context.Value(tokenUrl) ?? profile.TokenUrl;
                profile.ClientId = context.Value(clientId) ?? profile.ClientId;
                profile.Scopes = context.Value(scopes) ?? profile.Scopes;
                var secret = context.Value(clientSecret);
                if (context.Value(secretStdin))
                {
                    if (secret is not null)
                    {
                        throw CliException.Usage("bad-input", "Give the secret either with --client-secret or on standard input, not both.");
                    }
                    secret = (host.Input.ReadLine() ?? string.Empty).Trim();
                    if (secret.Length == 0)
                    {
                        throw CliException.Usage("bad-input", "--client-secret-stdin: standard input held no secret.");
                    }
                }
                profile.ClientSecret = secret ?? profile.ClientSecret;
                // Values are checked as they would be used, so a typo fails now rather than at the first request.
                profile.ToClientOptions($"profile '{profileName}'");
                profiles[profileName] = profile;
                store.Save(profiles);
                if (context.Json)
                {
                    RecordOutput.WriteJson(new JObject { ["profile"] = profileName, ["path"] = store.Path, ["saved"] = true }, host.Output);
                }
                else
                {
                    host.Output.WriteLine($"Saved profile '{profileName}' in {store.Path}.");
                }
                return System.Threading.Tasks.Task.FromResult(ExitCodes.Ok);
            });
            return command;
        }

        private static Command Show(CliHost host, GlobalOptions globals)
        {
            var name = new Argument<string>("name") { Description = "The profile to show.", DefaultValueFactory = _ => ProfileStore.DefaultProfile };
            var command = new Command("show", "Show a profile's settings; the client secret is masked.") { name };
            CommandAction.Set(command, host, globals, context =>
            {
                var profileName = context.Value(name);
                var store = new ProfileStore(host.ProfilesPath);
                var profile = store.Find(profileName) ?? throw CliException.Usage("unknown-profile",
                    $"There is no profile '{profileName}' in {store.Path}. 'oneroster config list' shows the profiles.");
                var shown = new JObject
                {
                    ["profile"] = profileName,
                    ["env"] = profile.Environment,
                    ["provider"] = profile.Provider,
                    ["baseUrl"] = profile.BaseUrl,
                    ["tokenUrl"] = profile.TokenUrl,
                    ["clientId"] = profile.ClientId,
                    ["clientSecret"] = string.IsNullOrEmpty(profile.ClientSecret) ? null : Mask,
                    ["scopes"] = profile.Scopes,
                };
                if (context.Json)
                {
                    RecordOutput.WriteJson(shown, host.Output);
                }
                else
                {
                    var rows = shown.Properties().Select(p => new JObject { ["setting"] = p.Name, ["value"] = p.Value is JValue { Value: null } ? "(not set)" : p.Value }).ToList();
                    RecordOutput.WriteTable(rows, new[] { "setting", "value" }, context.Out);
                }
                return System.Threading.Tasks.Task.FromResult(ExitCodes.Ok);
            });
            return command;
        }

        private static Command List(CliHost host, GlobalOptions globals)
        {
            var command = new Command("list", "List the saved profiles.");
            CommandAction.Set(command, host, globals, context =>
            {
                var store = new ProfileStore(host.ProfilesPath);
                var rows = store.Load().Select(p => new JObject
                {
                    ["profile"] = p.Key,
                    ["env"] = p.Value.Environment,
                    ["provider"] = p.Value.Provider,
                    ["baseUrl"] = p.Value.BaseUrl,
                    ["clientId"] = p.Value.ClientId,
                }).ToList();
                if (context.Json)
                {
                    RecordOutput.WriteJson(new JArray(rows), host.Output);
                }
                else if (rows.Count == 0)
                {
                    host.Error.WriteLine($"No profiles in {store.Path}. 'oneroster config set NAME ...' saves one.");
                }
                else
                {
                    RecordOutput.WriteTable(rows, new[] { "profile", "env", "provider", "baseUrl", "clientId" }, context.Out);
                }
                return System.Threading.Tasks.Task.FromResult(ExitCodes.Ok);
            });
            return command;
        }

        private static Command Remove(CliHost host, GlobalOptions globals)
        {
            var name = new Argument<string>("name") { Description = "The profile to remove." };
            var command = new Command("remove", "Remove a saved profile.") { name };
            CommandAction.Set(command, host, globals, context =>
            {
                var profileName = context.Value(name);
                var store = new ProfileStore(host.ProfilesPath);
                var profiles = store.Load();
                if (!profiles.Remove(profileName))
                {
                    throw CliException.Usage("unknown-profile", $"There is no profile '{profileName}' in {store.Path}.");
                }
                store.Save(profiles);
                if (context.Json)
                {
                    RecordOutput.WriteJson(new JObject { ["profile"] = profileName, ["removed"] = true }, host.Output);
                }
                else
                {
                    host.Output.WriteLine($"Removed profile '{profileName}'.");
                }
                return System.Threading.Tasks.Task.FromResult(ExitCodes.Ok);
            });
            return command;
        }

        private static string CheckedName(string name)
        {
            if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            {
                throw CliException.Usage("bad-input", $"Profile name '{name}' may hold only letters, digits, '-', '_' and '.'.");
            }
            return name;
        }
    }
}
