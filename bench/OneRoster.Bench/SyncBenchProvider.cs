using System;
using System.Buffers;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
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
    /// The loopback provider of the sync scenarios: the token endpoint, <c>users</c> and <c>enrollments</c> with
    /// limit/offset, X-Total-Count and <c>filter=dateLastModified&gt;'T'</c> (any other filter is a 400, so a sync that
    /// asked for something else would fail rather than be measured on the wrong data), and
    /// <c>POST /bench/touch?percent=P</c>, which modifies P% of both collections now (a child's delta run).
    /// </summary>
    internal sealed partial class SyncBenchProvider : IAsyncDisposable
    {
        public const string TouchPath = "/bench/touch";
        private const string Token = "bench-access-token";
        private const int DefaultLimit = 100;

        private readonly WebApplication _app;

        private SyncBenchProvider(WebApplication app, Uri baseUrl)
        {
            _app = app;
            BaseUrl = baseUrl;
        }

        public Uri BaseUrl { get; }

        public static async Task<SyncBenchProvider> StartAsync(SyncCatalog catalog)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();

            app.MapPost(BenchProvider.TokenPath, () => Results.Json(new { access_token = Token, token_type = "Bearer", expires_in = 3600 }));
            app.MapPost(TouchPath, (HttpContext context) =>
            {
                var percent = double.Parse(context.Request.Query["percent"].ToString(), CultureInfo.InvariantCulture);
                return Results.Text(catalog.Touch(percent / 100).ToString(CultureInfo.InvariantCulture));
            });
            app.MapGet("/ims/oneroster/rostering/v1p2/{collection}", async (HttpContext context, string collection) =>
            {
                if (context.Request.Headers.Authorization.ToString() != "Bearer " + Token)
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    return;
                }
                DateTime? after = null;
                var filter = context.Request.Query["filter"].ToString();
                if (filter.Length > 0)
                {
                    var match = DeltaFilter().Match(filter);
                    if (!match.Success)
                    {
                        context.Response.StatusCode = StatusCodes.Status400BadRequest;
                        return;
                    }
                    after = DateTime.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
                }
                var page = catalog.Page(collection, after, offset: Number(context.Request.Query["offset"], 0), limit: Number(context.Request.Query["limit"], DefaultLimit));
                if (page is not { } p)
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return;
                }
                try
                {
                    context.Response.ContentType = "application/json";
                    context.Response.Headers["X-Total-Count"] = p.Total.ToString(CultureInfo.InvariantCulture);
                    context.Response.BodyWriter.Write(p.Buffer.AsSpan(0, p.Length));
                    await context.Response.BodyWriter.FlushAsync(context.RequestAborted).ConfigureAwait(false);
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(p.Buffer);
                }
            });

            await app.StartAsync().ConfigureAwait(false);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new SyncBenchProvider(app, new Uri(address.TrimEnd('/') + "/"));
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync().ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
        }

        private static int Number(string? text, int fallback) =>
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : fallback;

        [GeneratedRegex(@"^\s*dateLastModified\s*>\s*'([^']+)'\s*$")]
        private static partial Regex DeltaFilter();
    }
}
