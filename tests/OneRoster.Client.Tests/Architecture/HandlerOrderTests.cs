using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using NUnit.Framework;
using OneRoster.Auth;
using OneRoster.Http;

namespace OneRoster.Tests.Architecture
{
    /// <summary>
    /// The standalone client and the IHttpClientFactory registration run the same handler chain, in the one order
    /// OneRosterPipeline (and docs/architecture.md) gives.
    /// </summary>
    [TestFixture]
    public class HandlerOrderTests
    {
        private static readonly string[] Expected =
        {
            "RequestIdHandler", "OneRosterTokenHandler", "RequestRateHandler", "ResilienceHandler", "AttemptLoggingHandler", "BodyBufferingHandler", "SocketsHttpHandler",
        };

        // A signature holds for one attempt only (its nonce), so OAuth 1.0a signs inside the retry loop.
        private static readonly string[] ExpectedSigned =
        {
            "RequestIdHandler", "RequestRateHandler", "ResilienceHandler", "OneRosterOAuth1Handler", "AttemptLoggingHandler", "BodyBufferingHandler", "SocketsHttpHandler",
        };

        [Test]
        public void The_documented_order_is_the_builders_order()
        {
            Assert.That(OneRosterPipeline.ApiOrder(OneRosterAuthScheme.OAuth2ClientCredentials).Append("SocketsHttpHandler"), Is.EqualTo(Expected));
            Assert.That(OneRosterPipeline.ApiOrder(OneRosterAuthScheme.OAuth1Signature).Append("SocketsHttpHandler"), Is.EqualTo(ExpectedSigned));
        }

        [Test]
        public void Under_OAuth_1_both_clients_sign_inside_the_retries_instead_of_fetching_a_token()
        {
            var options = Options();
            options.Provider = OneRosterProvider.ClassLink;
            options.TokenUrl = null;
            using var client = new OneRosterClient(options);
            var services = new ServiceCollection();
            services.AddOneRosterClient(o =>
            {
                Copy(options, o);
                o.Provider = options.Provider;
            });
            using var provider = services.BuildServiceProvider();
            var handler = provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler("OneRoster:");

            Assert.That(Chain(HandlerOf(client.HttpClient)), Is.EqualTo(ExpectedSigned));
            Assert.That(Chain(handler).SkipWhile(name => !ExpectedSigned.Contains(name)), Is.EqualTo(ExpectedSigned));
        }

        [Test]
        public void The_standalone_client_sends_through_the_chain_in_that_order()
        {
            using var client = new OneRosterClient(Options());

            Assert.That(Chain(HandlerOf(client.HttpClient)), Is.EqualTo(Expected));
        }

        [Test]
        public void The_dependency_injection_client_sends_through_the_same_chain()
        {
            var services = new ServiceCollection();
            services.AddOneRosterClient(o => Copy(Options(), o));
            using var provider = services.BuildServiceProvider();
            var handler = provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler("OneRoster:");

            // The factory wraps the chain in a lifetime-tracking handler of its own; everything inside it is ours.
            Assert.That(Chain(handler).SkipWhile(name => !Expected.Contains(name)), Is.EqualTo(Expected));
        }

        [Test]
        public void Token_requests_get_the_same_timeouts_and_retries()
        {
            var handlers = OneRosterPipeline.TokenHandlers(Options(), TimeProvider.System);

            Assert.That(handlers.Select(h => h.GetType().Name), Is.EqualTo(new[] { "ResilienceHandler", "BodyBufferingHandler" }));
        }

        private static OneRosterClientOptions Options() => new()
        {
            BaseUrl = new Uri("https://provider.test/"),
            TokenUrl = new Uri("https://provider.test/token"),
            ClientId = "id",
            ClientSecret = "secret",
        };

        private static void Copy(OneRosterClientOptions from, OneRosterClientOptions to)
        {
            to.BaseUrl = from.BaseUrl;
            to.TokenUrl = from.TokenUrl;
            to.ClientId = from.ClientId;
            to.ClientSecret = from.ClientSecret;
        }

        private static HttpMessageHandler HandlerOf(HttpMessageInvoker invoker) =>
            (HttpMessageHandler)typeof(HttpMessageInvoker).GetField("_handler", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(invoker)!;

        private static List<string> Chain(HttpMessageHandler handler)
        {
            var names = new List<string>();
            for (HttpMessageHandler? current = handler; current is not null; current = (current as DelegatingHandler)?.InnerHandler)
            {
                names.Add(current.GetType().Name);
            }
            return names;
        }
    }
}
