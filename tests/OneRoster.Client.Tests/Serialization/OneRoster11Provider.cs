using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace OneRoster.Tests.Serialization
{
    /// <summary>
    /// Stands in for a OneRoster 1.1 provider serving one record: a request for the collection (<c>…/users</c>) is
    /// answered <c>{"users":[record]}</c> with <c>X-Total-Count: 1</c>, any other <c>{"user":record}</c>. Records what was sent, bodies included.
    /// </summary>
    internal sealed class OneRoster11Provider : HttpMessageHandler
    {
        private readonly string _plural;
        private readonly string _singular;
        private readonly string _record;

        public OneRoster11Provider(string plural, string singular, string record)
        {
            _plural = plural;
            _singular = singular;
            _record = record;
        }

        public List<(string Method, string Path, string? Body)> Requests { get; } = new();

        /// <summary>A client of <see cref="OneRosterProvider.ClassLink"/> (or <paramref name="provider"/>) sending here.</summary>
        public OneRosterClient CreateClient(OneRosterProvider? provider = null) =>
            new(new HttpClient(this) { BaseAddress = new Uri("https://sis.test/") }, new OneRosterClientOptions { Provider = provider ?? OneRosterProvider.ClassLink });

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
            Requests.Add((request.Method.Method, request.RequestUri!.AbsolutePath, body));
            if (request.Method != HttpMethod.Get)
            {
                return new HttpResponseMessage(HttpStatusCode.NoContent);
            }
            var list = request.RequestUri.AbsolutePath.EndsWith("/" + _plural, StringComparison.Ordinal);
            var json = list ? $"{{\"{_plural}\":[{_record}]}}" : $"{{\"{_singular}\":{_record}}}";
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
            if (list)
            {
                response.Headers.Add("X-Total-Count", "1");
            }
            return response;
        }
    }
}
