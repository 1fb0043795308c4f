using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace OneRoster.Testing.Tests.Support
{
    /// <summary>Plain HttpClient access to a running fake: gets a token through the token endpoint and sends JSON.</summary>
    public sealed class FakeApi : IDisposable
    {
        private FakeApi(OneRosterFakeServer fake, string? token)
        {
            Fake = fake;
            Http = new HttpClient { BaseAddress = fake.BaseUrl };
            if (token is not null)
            {
                Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }
        }

        public OneRosterFakeServer Fake { get; }

        public HttpClient Http { get; }

        /// <summary>Connects with a token from the token endpoint (HTTP Basic client authentication).</summary>
        public static async Task<FakeApi> ConnectAsync(OneRosterFakeServer fake)
        {
            using var http = new HttpClient();
            var token = await RequestTokenAsync(http, fake, fake.ClientId, fake.ClientSecret);
            return new FakeApi(fake, (string)token.Body["access_token"]!);
        }

        /// <summary>Connects without any token.</summary>
        public static FakeApi Anonymous(OneRosterFakeServer fake) => new(fake, null);

        public static async Task<ApiResponse> RequestTokenAsync(HttpClient http, OneRosterFakeServer fake, string id, string secret, bool basic = true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, fake.TokenUrl);
            var form = new List<KeyValuePair<string, string>> { new("grant_type", "client_credentials") };
            if (basic)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(id + ":" + secret)));
            }
            else
            {
                form.Add(new("client_id", id));
                form.Add(new("client_secret", secret));
            }
            request.Content = new FormUrlEncodedContent(form);
            return await ReadAsync(await http.SendAsync(request));
        }

        public Task<ApiResponse> GetAsync(string path) => SendAsync(HttpMethod.Get, path, null);

        public Task<ApiResponse> PostAsync(string path, JToken? body) => SendAsync(HttpMethod.Post, path, body);

        public Task<ApiResponse> PutAsync(string path, JToken? body) => SendAsync(HttpMethod.Put, path, body);

        public Task<ApiResponse> DeleteAsync(string path) => SendAsync(HttpMethod.Delete, path, null);

        public async Task<ApiResponse> SendAsync(HttpMethod method, string path, JToken? body)
        {
            using var request = new HttpRequestMessage(method, path.TrimStart('/'));
            if (body is not null)
            {
                request.Content = new StringContent(body.ToString(Formatting.None), Encoding.UTF8, "application/json");
            }
            return await ReadAsync(await Http.SendAsync(request));
        }

        public void Dispose() => Http.Dispose();

        private static async Task<ApiResponse> ReadAsync(HttpResponseMessage message)
        {
            using (message)
            {
                var bytes = await message.Content.ReadAsByteArrayAsync();
                JToken? json = null;
                if (message.Content.Headers.ContentType?.MediaType == "application/json" && bytes.Length > 0)
                {
                    using var reader = new JsonTextReader(new StreamReader(new MemoryStream(bytes))) { DateParseHandling = DateParseHandling.None };
                    json = JToken.ReadFrom(reader);
                }
                return new ApiResponse(message, bytes, json);
            }
        }
    }
}
