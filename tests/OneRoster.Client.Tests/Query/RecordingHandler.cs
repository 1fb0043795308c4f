using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace OneRoster.Tests.Query
{
    /// <summary>Stands in for the provider: records the request's query and answers an empty user page.</summary>
    internal sealed class RecordingHandler : HttpMessageHandler
    {
        public string? Query { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Query = request.RequestUri!.Query;
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent("{\"users\":[]}", Encoding.UTF8, "application/json"),
            });
        }
    }
}
