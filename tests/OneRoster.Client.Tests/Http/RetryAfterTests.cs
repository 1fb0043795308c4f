using System;
using System.Net;
using System.Net.Http;
using NUnit.Framework;
using OneRoster.Http;

namespace OneRoster.Tests.Http
{
    [TestFixture]
    public sealed class RetryAfterTests
    {
        private static readonly DateTimeOffset Now = new(2025, 9, 1, 8, 0, 0, TimeSpan.Zero);

        [TestCase("0", 0)]
        [TestCase("1", 1)]
        [TestCase(" 120 ", 120)]
        [TestCase("Mon, 01 Sep 2025 08:00:05 GMT", 5)]
        [TestCase("Mon, 01 Sep 2025 09:00:00 GMT", 3600)]
        [TestCase("Mon, 01 Sep 2025 07:59:00 GMT", 0)] // in the past: go now
        public void Both_forms_are_read(string header, int seconds)
        {
            Assert.That(RetryAfter.Parse(header, Now), Is.EqualTo(TimeSpan.FromSeconds(seconds)));
        }

        [TestCase(null)]
        [TestCase("")]
        [TestCase("soon")]
        [TestCase("-5")]
        [TestCase("1.5")]
        public void Malformed_values_are_ignored(string? header)
        {
            Assert.That(RetryAfter.Parse(header, Now), Is.Null);
        }

        [Test]
        public void Response_header_is_read()
        {
            using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
            response.Headers.TryAddWithoutValidation("Retry-After", "7");

            Assert.That(RetryAfter.FromResponse(response, Now), Is.EqualTo(TimeSpan.FromSeconds(7)));
        }
    }

    [TestFixture]
    public sealed class RequestPathRedactorTests
    {
        [TestCase("https://api.example.com/ims/oneroster/rostering/v1p2/users/x", "/ims/oneroster/rostering/v1p2/users/x")]
        [TestCase("https://api.example.com/ims/oneroster/rostering/v1p2/users?limit=10&filter=status%3D%27active%27",
            "/ims/oneroster/rostering/v1p2/users?limit=10&filter=status%3D%27active%27")]
        [TestCase("https://api.example.com/users?access_token=abc&limit=1", "/users?access_token=***&limit=1")]
        [TestCase("https://api.example.com/users?client_secret=abc&Token=def&API_KEY=ghi&sig=jkl",
            "/users?client_secret=***&Token=***&API_KEY=***&sig=***")]
        [TestCase("ims/oneroster/rostering/v1p2/users?password=x", "/ims/oneroster/rostering/v1p2/users?password=***")]
        public void Path_and_query_are_shown_with_credential_values_replaced(string uri, string expected)
        {
            Assert.That(RequestPathRedactor.Describe(new Uri(uri, UriKind.RelativeOrAbsolute)), Is.EqualTo(expected));
        }

        [Test]
        public void Host_and_user_info_are_never_shown()
        {
            Assert.That(RequestPathRedactor.Describe(new Uri("https://user:pw@api.example.com/x")), Is.EqualTo("/x"));
        }
    }
}
