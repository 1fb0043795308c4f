using System;
using System.Net.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OneRoster.Auth;

namespace OneRoster.Tests.Docs
{
    // The snippets of docs/configuration.md, docs/authentication.md and docs/dependency-injection.md, compiled;
    // DocSnippetTests fails when a page and this file drift apart.
    internal static class ConfigurationSnippets
    {
        public static OneRosterClient Options()
        {
            var client = new OneRosterClient(new OneRosterClientOptions
            {
                Environment = OneRosterEnvironment.Staging,      // Timeback preset, or:
                // BaseUrl  = new Uri("https://oneroster.example.com"),
                // TokenUrl = new Uri("https://auth.example.com/oauth2/token"),
                ClientId = "...",
                ClientSecret = "...",
            });
            return client;
        }

        public static OneRosterClient OwnHttpClient(OneRosterClientOptions options, ILoggerFactory loggerFactory)
        {
            var handler = new OneRosterTokenHandler(options, tokenHttpClient: new HttpClient(), loggerFactory)
            {
                InnerHandler = new SocketsHttpHandler(),
            };
            var client = new OneRosterClient(new HttpClient(handler) { BaseAddress = options.ResolvedBaseUrl }, options);
            return client;
        }

        public static OneRosterClient ClassLink()
        {
            var client = new OneRosterClient(new OneRosterClientOptions
            {
                BaseUrl = new Uri("https://oneroster-proxy.example.com/tenant-a"),
                Provider = OneRosterProvider.ClassLink,     // OAuth 1.0a, HMAC-SHA256, v1p1 paths
                ClientId = "consumer key",
                ClientSecret = "consumer secret",           // no TokenUrl: every request is signed instead
            });
            return client;
        }

        public static OneRosterClient ClassLinkBearerKeyScheme(string bearerKey)
        {
            var client = new OneRosterClient(new OneRosterClientOptions
            {
                BaseUrl = new Uri("https://oneroster-proxy.example.com/tenant-a"),
                Provider = OneRosterProvider.ClassLink with { AuthScheme = OneRosterAuthScheme.BearerKey },
                ClientSecret = bearerKey,
            });
            return client;
        }

        public static OneRosterClient ClassLinkWithBearerKey(string bearerKey)
        {
            var http = new HttpClient { BaseAddress = new Uri("https://oneroster-proxy.example.com/tenant-a/") };
            http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearerKey);
            var client = new OneRosterClient(http, new OneRosterClientOptions { Provider = OneRosterProvider.ClassLink });
            return client;
        }

        public static void Registration(IServiceCollection services, IConfiguration configuration)
        {
            // one provider
            services.AddOneRosterClient(o => { o.Environment = OneRosterEnvironment.Production; o.ClientId = "..."; o.ClientSecret = "..."; });
            services.AddOneRosterClient(configuration.GetSection("OneRoster"));   // or bind from configuration
            // then inject OneRosterClient

            // several providers or tenants in one process
            services.AddOneRosterClient("district-a", configuration.GetSection("OneRoster:DistrictA"));
            services.AddOneRosterClient("district-b", o => { o.BaseUrl = new Uri("https://or.example.org"); o.TokenUrl = new Uri("https://auth.example.org/oauth2/token"); o.ClientId = "..."; o.ClientSecret = "..."; });
            // then inject IOneRosterClientFactory and call CreateClient("district-a")
        }
    }
}
