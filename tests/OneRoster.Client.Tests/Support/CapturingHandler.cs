using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace OneRoster.Tests.Support
{
    /// <summary>Records the exact URIs a client sends and answers each with a fixed JSON body.</summary>
    internal sealed class CapturingHandler : HttpMessageHandler
    {
        private readonly string _body;

        public CapturingHandler(string body = "{}") => _body = body;

        public List<Uri> Requests { get; } = new();

        public HttpClient CreateClient() => new(this) { BaseAddress = new Uri("https://provider.test/") };

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(request.RequestUri!);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent(_body, Encoding.UTF8, "application/json"),
            });
        }
    }
}
