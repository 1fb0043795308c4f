using System;
using System.Collections.Generic;
using System.Linq;
using NUnit.Framework;
using OneRoster.Errors;

namespace OneRoster.Tests.Client
{
    [TestFixture]
    public sealed class OneRosterClientOptionsTests
    {
        private static OneRosterClientOptions Valid() => new()
        {
            BaseUrl = new Uri("https://api.example.com"),
            TokenUrl = new Uri("https://auth.example.com/oauth2/token"),
            ClientId = "id",
            ClientSecret = "secret-value-123",
        };

        [Test]
        public void Complete_options_are_valid()
        {
            Assert.That(Valid().GetValidationErrors(), Is.Empty);
            Assert.DoesNotThrow(() => Valid().Validate());
        }

        public static IEnumerable<TestCaseData> Problems()
        {
            yield return Problem(o => o.ClientId = null, "ClientId is missing");
            yield return Problem(o => o.ClientId = "  ", "ClientId is missing");
            yield return Problem(o => o.ClientSecret = null, "ClientSecret is missing");
            yield return Problem(o => o.BaseUrl = null, "No API base URL");
            yield return Problem(o => o.TokenUrl = null, "No token URL");
            yield return Problem(o => o.BaseUrl = new Uri("/ims", UriKind.Relative), "BaseUrl '/ims' is relative");
            yield return Problem(o => o.BaseUrl = new Uri("api.example.com", UriKind.Relative), "BaseUrl 'api.example.com' is relative");
            yield return Problem(o => o.TokenUrl = new Uri("oauth2/token", UriKind.Relative), "TokenUrl 'oauth2/token' is relative");
            yield return Problem(o => o.BaseUrl = new Uri("ftp://api.example.com"), "must be an https URL");
            yield return Problem(o => o.BaseUrl = new Uri("http://api.example.com"), "plain http to a host that is not loopback");
            yield return Problem(o => o.TokenUrl = new Uri("http://auth.example.com/token"), "TokenUrl 'http://auth.example.com/token' uses plain http");
            yield return Problem(o => o.BaseUrl = new Uri("https://user:pw@api.example.com"), "must not contain credentials");
            yield return Problem(o => o.BaseUrl = new Uri("https://api.example.com/?x=1"), "must not have a query string");
            yield return Problem(o => o.Timeout = TimeSpan.Zero, "Timeout is 00:00:00");
            yield return Problem(o => o.OverallTimeout = TimeSpan.FromDays(2), "OverallTimeout is 2.00:00:00");
            yield return Problem(o => o.Retry.MaxRetries = -1, "Retry.MaxRetries is -1");
            yield return Problem(o => o.Retry.BaseDelay = TimeSpan.FromSeconds(-1), "Retry.BaseDelay");
            yield return Problem(o => o.Retry.MaxDelay = TimeSpan.FromMilliseconds(1), "Retry.MaxDelay");
            yield return Problem(o => o.Retry = null!, "Retry is null");
            yield return Problem(o => o.Scopes = new List<string> { "a b" }, "Scope 'a b' is blank or contains whitespace");
        }

        [TestCaseSource(nameof(Problems))]
        public void Each_problem_has_a_clear_message(Action<OneRosterClientOptions> spoil, string expected)
        {
            var options = Valid();
            spoil(options);

            var error = Assert.Throws<OneRosterConfigurationException>(() => options.Validate());

            Assert.That(error!.Errors, Has.Some.Contains(expected));
            Assert.That(error.Message, Does.Contain(expected));
        }

        [Test]
        public void Every_problem_is_listed_at_once()
        {
            var error = Assert.Throws<OneRosterConfigurationException>(() => new OneRosterClientOptions().Validate());

            Assert.That(error!.Errors, Has.Count.EqualTo(4)); // id, secret, base URL, token URL
        }

        [TestCase("http://localhost:5000")]
        [TestCase("http://127.0.0.1:8080/prefix")]
        [TestCase("http://[::1]:9000")]
        public void Plain_http_to_loopback_is_allowed(string url)
        {
            var options = Valid();
            options.BaseUrl = new Uri(url);
            options.TokenUrl = new Uri(url + "/token");

            Assert.That(options.GetValidationErrors(), Is.Empty);
        }

        [Test]
        public void Plain_http_to_a_remote_host_is_allowed_only_when_asked_for()
        {
            var options = Valid();
            options.BaseUrl = new Uri("http://oneroster.internal");
            options.AllowInsecureHttp = true;

            Assert.That(options.GetValidationErrors(), Is.Empty);
        }

        [Test]
        public void Timeback_presets_come_from_one_table()
        {
            Assert.That(OneRosterEnvironment.Presets, Is.EqualTo(new[] { OneRosterEnvironment.Staging, OneRosterEnvironment.Production, OneRosterEnvironment.TimebackPlatformStaging, OneRosterEnvironment.TimebackPlatformProduction }));
            Assert.That(OneRosterEnvironment.Staging.BaseUrl, Is.EqualTo(new Uri("https://api.staging.alpha-1edtech.com/")));
            Assert.That(OneRosterEnvironment.Staging.TokenUrl,
                Is.EqualTo(new Uri("https://alpha-auth-development-idp.auth.us-west-2.amazoncognito.com/oauth2/token")));
            Assert.That(OneRosterEnvironment.Production.BaseUrl, Is.EqualTo(new Uri("https://api.alpha-1edtech.com/")));
            Assert.That(OneRosterEnvironment.Production.TokenUrl,
                Is.EqualTo(new Uri("https://alpha-auth-production-idp.auth.us-west-2.amazoncognito.com/oauth2/token")));
        }

        [Test]
        public void Preset_is_enough_with_credentials()
        {
            var options = new OneRosterClientOptions { Environment = OneRosterEnvironment.Staging, ClientId = "id", ClientSecret = "s" };

            Assert.That(options.GetValidationErrors(), Is.Empty);
            Assert.That(options.ResolvedBaseUrl, Is.EqualTo(OneRosterEnvironment.Staging.BaseUrl));
            Assert.That(options.ResolvedTokenUrl, Is.EqualTo(OneRosterEnvironment.Staging.TokenUrl));
        }

        [Test]
        public void Explicit_urls_override_either_half_of_a_preset()
        {
            var options = new OneRosterClientOptions
            {
                Environment = OneRosterEnvironment.Production,
                TokenUrl = new Uri("https://other-idp.example.com/oauth2/token"),
            };

            Assert.That(options.ResolvedBaseUrl, Is.EqualTo(OneRosterEnvironment.Production.BaseUrl));
            Assert.That(options.ResolvedTokenUrl, Is.EqualTo(new Uri("https://other-idp.example.com/oauth2/token")));
        }

        [TestCase("staging", "Staging")]
        [TestCase("PRODUCTION", "Production")]
        [TestCase(" Staging ", "Staging")]
        public void Presets_are_found_by_name_ignoring_case(string name, string expected)
        {
            Assert.That(OneRosterEnvironment.Parse(name).Name, Is.EqualTo(expected));
        }

        [Test]
        public void Unknown_preset_name_is_refused_with_the_known_names()
        {
            var error = Assert.Throws<ArgumentException>(() => OneRosterEnvironment.Parse("prod"));
            Assert.That(error!.Message, Does.Contain("Staging, Production"));
        }

        [Test]
        public void Environment_variables_fill_every_option()
        {
            var variables = new Dictionary<string, string?>
            {
                ["ONEROSTER_CLIENT_ID"] = "env-id",
                ["ONEROSTER_CLIENT_SECRET"] = "env-secret",
                ["ONEROSTER_ENV"] = "staging",
                ["ONEROSTER_BASE_URL"] = "https://api.alpha-1edtech.ai",
                ["ONEROSTER_SCOPES"] = "a.readonly  b.readonly",
            };

            var options = OneRosterClientOptions.FromEnvironmentVariables(n => variables.GetValueOrDefault(n));

            Assert.That(options.ClientId, Is.EqualTo("env-id"));
            Assert.That(options.ClientSecret, Is.EqualTo("env-secret"));
            Assert.That(options.Environment, Is.EqualTo(OneRosterEnvironment.Staging));
            Assert.That(options.ResolvedBaseUrl, Is.EqualTo(new Uri("https://api.alpha-1edtech.ai")), "the variable overrides the preset");
            Assert.That(options.ResolvedTokenUrl, Is.EqualTo(OneRosterEnvironment.Staging.TokenUrl));
            Assert.That(options.Scopes, Is.EqualTo(new[] { "a.readonly", "b.readonly" }));
            Assert.That(options.GetValidationErrors(), Is.Empty);
        }

        [Test]
        public void Environment_variables_without_preset_use_explicit_urls()
        {
            var variables = new Dictionary<string, string?>
            {
                ["ONEROSTER_CLIENT_ID"] = "id",
                ["ONEROSTER_CLIENT_SECRET"] = "s",
                ["ONEROSTER_BASE_URL"] = "https://or.example.org",
                ["ONEROSTER_TOKEN_URL"] = "https://or.example.org/token",
            };

            var options = OneRosterClientOptions.FromEnvironmentVariables(n => variables.GetValueOrDefault(n));

            Assert.That(options.Environment, Is.Null);
            Assert.That(options.GetValidationErrors(), Is.Empty);
        }

        [Test]
        public void Unknown_preset_in_the_environment_is_refused()
        {
            var error = Assert.Throws<OneRosterConfigurationException>(() =>
                OneRosterClientOptions.FromEnvironmentVariables(n => n == "ONEROSTER_ENV" ? "qa" : null));

            Assert.That(error!.Message, Does.Contain("ONEROSTER_ENV 'qa' is not a known environment"));
        }

        [Test]
        public void Relative_url_in_the_environment_is_reported_by_validation()
        {
            var options = OneRosterClientOptions.FromEnvironmentVariables(n => n == "ONEROSTER_BASE_URL" ? "api.example.com" : null);

            Assert.That(options.GetValidationErrors(), Has.Some.Contains("BaseUrl 'api.example.com' is relative"));
        }

        [Test]
        public void To_string_never_shows_the_secret()
        {
            var options = Valid();

            var text = options.ToString();

            Assert.That(text, Does.Not.Contain("secret-value-123"));
            Assert.That(text, Does.Contain("ClientSecret = ***").And.Contain("ClientId = id").And.Contain("https://api.example.com"));
        }

        [Test]
        public void Client_takes_a_copy_of_the_options()
        {
            var options = Valid();
            using var client = new OneRosterClient(options);

            options.ClientId = "changed";
            options.Scopes.Add("late");
            options.Retry.MaxRetries = 9;

            Assert.That(client.Options.ClientId, Is.EqualTo("id"));
            Assert.That(client.Options.Scopes, Is.Empty);
            Assert.That(client.Options.Retry.MaxRetries, Is.EqualTo(3));
        }

        [Test]
        public void Client_refuses_invalid_options()
        {
            var error = Assert.Throws<OneRosterConfigurationException>(() => new OneRosterClient(new OneRosterClientOptions { ClientId = "x" }));

            Assert.That(error!.Errors, Has.Some.Contains("ClientSecret is missing"));
        }

        private static TestCaseData Problem(Action<OneRosterClientOptions> spoil, string expected) =>
            new TestCaseData(spoil, expected).SetArgDisplayNames(expected);
    }
}
