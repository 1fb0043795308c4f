using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using OneRoster.Cli.Configuration;
using OneRoster.Cli.Hosting;
using OneRoster.Cli.Output;
using OneRoster.Testing;

namespace OneRoster.Cli.Commands
{
    /// <summary>
    /// <c>oneroster fake</c>: the OneRoster.Testing fake provider on a loopback port, for trying the tool and your own
    /// code by hand. It prints what a client needs (its credentials are the fake's, not secrets) and serves until Ctrl-C.
    /// </summary>
    internal static class FakeCommand
    {
        public static Command Create(CliHost host, GlobalOptions globals)
        {
            var users = new Option<int>("--users") { Description = "Users in the generated district.", DefaultValueFactory = _ => 1000, HelpName = "n" };
            var port = new Option<int>("--port") { Description = "Loopback port to listen on; 0 picks a free one.", DefaultValueFactory = _ => 0, HelpName = "port" };
            var seed = new Option<int>("--seed") { Description = "Seed of the generated district (same seed, same records).", DefaultValueFactory = _ => 42 };
            var timeback = new Option<bool>("--timeback") { Description = "Behave like Timeback: totals in the body, at most two filter predicates, no AND mixed with OR." };
            var saveProfile = new Option<string?>("--save-profile") { Description = "Also save the fake's settings as this profile, for --profile in another terminal.", HelpName = "name" };
            var command = new Command("fake", "Run the fake OneRoster provider (a generated district) until Ctrl-C; prints its URL and credentials.")
            {
                users, port, seed, timeback, saveProfile,
            };
            CommandAction.Set(command, host, globals, async context =>
            {
                var count = context.Value(users);
                if (count < 0)
                {
                    throw CliException.Usage("bad-input", $"--users must not be negative (was {count}).");
                }
                var options = context.Value(timeback) ? FakeServerOptions.Timeback() : new FakeServerOptions();
                options.Port = context.Value(port);
                if (options.GetValidationErrors() is { Count: > 0 } errors)
                {
                    throw CliException.Usage("bad-input", string.Join(" ", errors).Replace("Port is", "--port is", StringComparison.Ordinal));
                }

                await using var fake = await Start(FakeDistrict.Generate(count, context.Value(seed)), options, context.CancellationToken).ConfigureAwait(false);
                var provider = ProviderName(context.Value(timeback));
                if (context.Value(saveProfile) is { } profileName)
                {
                    var store = new ProfileStore(host.ProfilesPath);
                    var profiles = store.Load();
                    profiles[profileName] = new Profile
                    {
                        BaseUrl = fake.BaseUrl.AbsoluteUri,
                        TokenUrl = fake.TokenUrl.AbsoluteUri,
                        ClientId = fake.ClientId,
                        ClientSecret = fake.ClientSecret,
                        // A Timeback fake refuses what only the Timeback profile knows not to send (a third predicate).
                        Provider = provider,
                    };
                    store.Save(profiles);
                }
                Describe(fake, count, provider, context);

                try
                {
                    await Task.Delay(Timeout.Infinite, context.CancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // Ctrl-C is how the fake is meant to end, so it ends with success.
                    context.Say("Stopped.");
                }
                return ExitCodes.Ok;
            });
            return command;
        }

        private static async Task<OneRosterFakeServer> Start(FakeDistrict district, FakeServerOptions options, CancellationToken cancellationToken)
        {
            try
            {
                return await OneRosterFakeServer.StartAsync(district, options, cancellationToken).ConfigureAwait(false);
            }
            catch (IOException ex) when (options.Port != 0)
            {
                throw new CliException(ExitCodes.Local, "port", $"Cannot listen on 127.0.0.1:{options.Port}: {ex.Message}. Try another --port, or 0 for any free port.");
            }
        }

        /// <summary>The provider preset a client of this fake needs: Timeback's for a Timeback fake, else none (the standard one).</summary>
        private static string? ProviderName(bool timeback) => timeback ? OneRosterProvider.Timeback.Name.ToLowerInvariant() : null;

        private static void Describe(OneRosterFakeServer fake, int users, string? provider, CommandContext context)
        {
            var output = context.Host.Output;
            if (context.Json)
            {
                var described = new JObject
                {
                    ["baseUrl"] = fake.BaseUrl.AbsoluteUri,
                    ["tokenUrl"] = fake.TokenUrl.AbsoluteUri,
                    ["clientId"] = fake.ClientId,
                    ["clientSecret"] = fake.ClientSecret,
                    ["users"] = users,
                };
                if (provider is not null)
                {
                    described["provider"] = provider;
                }
                RecordOutput.WriteJson(described, output);
                output.Flush();
                return;
            }
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"OneRoster fake provider: a generated district with {users:N0} users."));
            output.WriteLine($"  base URL       {fake.BaseUrl.AbsoluteUri}");
            output.WriteLine($"  token URL      {fake.TokenUrl.AbsoluteUri}");
            output.WriteLine($"  client id      {fake.ClientId}");
            output.WriteLine($"  client secret  {fake.ClientSecret}");
            output.WriteLine();
            output.WriteLine("In another shell (these are the fake's credentials, not secrets):");
            output.WriteLine($"  export {OneRosterClientOptions.BaseUrlVariable}={fake.BaseUrl.AbsoluteUri}");
            output.WriteLine($"  export {OneRosterClientOptions.TokenUrlVariable}={fake.TokenUrl.AbsoluteUri}");
            output.WriteLine($"  export {OneRosterClientOptions.ClientIdVariable}={fake.ClientId}");
            output.WriteLine($"  export {OneRosterClientOptions.ClientSecretVariable}={fake.ClientSecret}");
            if (provider is not null)
            {
                output.WriteLine($"  export {OneRosterClientOptions.ProviderVariable}={provider}");
            }
            output.WriteLine("Press Ctrl-C to stop.");
            output.Flush();
        }
    }
}
