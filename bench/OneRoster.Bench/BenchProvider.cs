using System;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OneRoster.Bench
{
    /// <summary>
    /// A minimal OneRoster provider on loopback Kestrel: a client-credentials token endpoint and
    /// <c>GET /ims/oneroster/rostering/v1p2/users</c> with limit/offset, <c>X-Total-Count</c> and an
    /// optional delay per request (the network a real provider sits behind).
    /// </summary>
    internal sealed class BenchProvider : IAsyncDisposable
    {
        public const string TokenPath = "/oauth2/token";
        public const string UsersPath = "/ims/oneroster/rostering/v1p2/users";
        private const string Token = "bench-access-token";
        private const int DefaultLimit = 100;

        private readonly WebApplication _app;

        private BenchProvider(WebApplication app, Uri baseUrl)
        {
            _app = app;
            BaseUrl = baseUrl;
        }

        /// <summary>The provider root, ending with '/'.</summary>
        public Uri BaseUrl { get; }

        public static async Task<BenchProvider> StartAsync(UserCatalog users, TimeSpan latency)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();

            app.MapPost(TokenPath, () => Results.Json(new { access_token = Token, token_type = "Bearer", expires_in = 3600 }));
            app.MapGet(UsersPath, async context =>
            {
                if (context.Request.Headers.Authorization.ToString() != "Bearer " + Token)
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    return;
                }
                var limit = Number(context.Request.Query["limit"], DefaultLimit);
                var offset = Number(context.Request.Query["offset"], 0);
                if (latency > TimeSpan.Zero)
                {
                    await Task.Delay(latency, context.RequestAborted).ConfigureAwait(false);
                }
                context.Response.ContentType = "application/json";
                context.Response.Headers["X-Total-Count"] = users.Count.ToString(CultureInfo.InvariantCulture);
                users.WritePage(context.Response.BodyWriter, offset, limit);
                await context.Response.BodyWriter.FlushAsync(context.RequestAborted).ConfigureAwait(false);
            });

            await app.StartAsync().ConfigureAwait(false);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new BenchProvider(app, new Uri(address.TrimEnd('/') + "/"));
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync().ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
        }

        private static int Number(string? text, int fallback) =>
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }
}
