using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using OneRoster.Auth;

namespace OneRoster.Tests.Auth
{
    /// <summary>
    /// The OAuth 1.0a signer against RFC 5849's own examples and an HMAC-SHA256 vector computed outside .NET, plus the
    /// encoding rules that decide whether a provider answers 200 or 401.
    /// </summary>
    [TestFixture]
    public class OAuth1SignerTests
    {
        [Test]
        public void RFC_5849_section_3_4_1_example_gives_the_published_base_string()
        {
            // §3.4.1.1: POST /request?b5=%3D%253D&a3=a&c%40=&a2=r%20b on example.com, form body "c2&a3=2+q", and the
            // example's Authorization parameters (oauth_token included, realm and oauth_signature excluded).
            var uri = new Uri("http://example.com/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b");
            var oauth = new Dictionary<string, string>
            {
                ["oauth_consumer_key"] = "9djdj82h48djs9d2",
                ["oauth_token"] = "kkk9d7dh3k39sjv7",
                ["oauth_signature_method"] = "HMAC-SHA1",
                ["oauth_timestamp"] = "137131201",
                ["oauth_nonce"] = "7d8f3e4a",
            };
            var parameters = OAuth1Encoding.ParseForm(uri.Query).Concat(OAuth1Encoding.ParseForm("c2&a3=2+q")).Concat(oauth);

            var baseString = OAuth1SignatureBase.Create("POST", uri, parameters);

            Assert.That(baseString, Is.EqualTo(
                "POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q%26a3%3Da%26b5%3D%253D%25253D%26c%2540%3D%26c2%3D%26" +
                "oauth_consumer_key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26oauth_signature_method%3DHMAC-SHA1%26" +
                "oauth_timestamp%3D137131201%26oauth_token%3Dkkk9d7dh3k39sjv7"));
        }

        [Test]
        public void RFC_5849_section_1_2_example_gives_its_HMAC_SHA1_signature()
        {
            // §1.2: GET http://photos.example.net/photos?file=vacation.jpg&size=original, client credentials
            // dpf43f3p2l4k3l03 / kd94hf93k423kf44, token credentials nnch734d00sl2jdk / pfkkdhi9sl3r4s00. The signature is
            // the one of verified erratum 2550 (the RFC's printed "MdpQcU8iPSUjWoN5UDhM8PDk6fE=" is a typo there), and
            // recomputed independently: printf '%s' "$BASE" | openssl dgst -sha1 -hmac 'kd94hf93k423kf44&pfkkdhi9sl3r4s00' -binary | base64
            var uri = new Uri("http://photos.example.net/photos?file=vacation.jpg&size=original");
            var oauth = OAuth1Signer.ProtocolParameters("dpf43f3p2l4k3l03", OneRosterSignatureMethod.HmacSha1, "137131202", "chapoH", "nnch734d00sl2jdk")
                .Where(p => p.Key != "oauth_version"); // the example sends none

            var baseString = OAuth1SignatureBase.Create("GET", uri, OAuth1Encoding.ParseForm(uri.Query).Concat(oauth));
            var signature = OAuth1Signer.Sign(baseString, "kd94hf93k423kf44", "pfkkdhi9sl3r4s00", OneRosterSignatureMethod.HmacSha1);

            Assert.That(baseString, Is.EqualTo(
                "GET&http%3A%2F%2Fphotos.example.net%2Fphotos&file%3Dvacation.jpg%26oauth_consumer_key%3Ddpf43f3p2l4k3l03%26" +
                "oauth_nonce%3DchapoH%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D137131202%26" +
                "oauth_token%3Dnnch734d00sl2jdk%26size%3Doriginal"));
            Assert.That(signature, Is.EqualTo("MdpQcU8iPSUjWoN/UDMsK2sui9I="));
        }

        // A ClassLink-style request. The expected values were computed with openssl, not with this code:
        //   B='GET&https%3A%2F%2Froster.example.com%2Fims%2Foneroster%2Fv1p1%2Fusers&filter%3Drole%253D%2527student%2527%26limit%3D100%26oauth_consumer_key%3Dclasslink-key%26oauth_nonce%3Dabc123nonce%26oauth_signature_method%3DHMAC-SHA256%26oauth_timestamp%3D1700000000%26oauth_version%3D1.0%26offset%3D0'
        //   printf '%s' "$B" | openssl dgst -sha256 -hmac 'classlink-secret&' -binary | base64   → LBEQ5nVCnpqrJ1wBc1eXWl/8Us++dBS0FrV+4sWTC/k=
        private const string ClassLinkUrl = "https://roster.example.com/ims/oneroster/v1p1/users?limit=100&offset=0&filter=role%3D%27student%27";

        [Test]
        public void HMAC_SHA256_signature_matches_the_openssl_vector_and_the_header_carries_every_protocol_parameter()
        {
            var clock = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000));
            var signer = new OAuth1Signer("classlink-key", "classlink-secret", OneRosterSignatureMethod.HmacSha256, clock, () => "abc123nonce");

            var header = signer.Authorize("GET", new Uri(ClassLinkUrl));

            Assert.That(header, Is.EqualTo(
                "oauth_consumer_key=\"classlink-key\", oauth_nonce=\"abc123nonce\", " +
                "oauth_signature=\"LBEQ5nVCnpqrJ1wBc1eXWl%2F8Us%2B%2BdBS0FrV%2B4sWTC%2Fk%3D\", oauth_signature_method=\"HMAC-SHA256\", " +
                "oauth_timestamp=\"1700000000\", oauth_version=\"1.0\""));
        }

        [Test]
        public void HMAC_SHA1_over_the_same_request_matches_its_openssl_vector()
        {
            // The same base string $B as above (it names HMAC-SHA256), keyed for HMAC-SHA1: printf "%s" "$B" | openssl dgst -sha1 -hmac "classlink-secret&" -binary | base64
            var baseString = OAuth1SignatureBase.Create("GET", new Uri(ClassLinkUrl), OAuth1Encoding.ParseForm(new Uri(ClassLinkUrl).Query)
                .Concat(OAuth1Signer.ProtocolParameters("classlink-key", OneRosterSignatureMethod.HmacSha256, "1700000000", "abc123nonce", null)));

            Assert.That(OAuth1Signer.Sign(baseString, "classlink-secret", null, OneRosterSignatureMethod.HmacSha1), Is.EqualTo("hFO1tGF0cEf5MoFfZ4/DTgPECVw="));
        }

        [Test]
        public void Every_call_takes_a_new_nonce_and_the_current_time()
        {
            var clock = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000));
            var nonces = new Queue<string>(new[] { "n1", "n2" });
            var signer = new OAuth1Signer("key", "secret-value", OneRosterSignatureMethod.HmacSha256, clock, nonces.Dequeue);

            var first = signer.Authorize("GET", new Uri(ClassLinkUrl));
            clock.Advance(TimeSpan.FromSeconds(7));
            var second = signer.Authorize("GET", new Uri(ClassLinkUrl));

            Assert.That(first, Does.Contain("oauth_nonce=\"n1\"").And.Contain("oauth_timestamp=\"1700000000\""));
            Assert.That(second, Does.Contain("oauth_nonce=\"n2\"").And.Contain("oauth_timestamp=\"1700000007\""));
            Assert.That(Signature(first), Is.Not.EqualTo(Signature(second)));
        }

        [Test]
        public void Default_nonces_are_unique_and_need_no_encoding()
        {
            var signer = new OAuth1Signer("key", "secret-value", OneRosterSignatureMethod.HmacSha256);

            var nonces = Enumerable.Range(0, 50).Select(_ => Parameter(signer.Authorize("GET", new Uri(ClassLinkUrl)), "oauth_nonce")).ToList();

            Assert.That(nonces, Is.Unique);
            Assert.That(nonces, Has.All.Match("^[0-9a-f]{32}$"));
        }

        [Test]
        public void Every_query_parameter_and_a_form_body_change_the_signature()
        {
            var clock = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000));
            var signer = new OAuth1Signer("key", "secret-value", OneRosterSignatureMethod.HmacSha256, clock, () => "fixed");
            string Sig(string url, string? form = null) => Signature(signer.Authorize("GET", new Uri(url), form));
            var plain = Sig("https://h.test/users?limit=10&offset=0");

            Assert.That(Sig("https://h.test/users?limit=10&offset=10"), Is.Not.EqualTo(plain), "offset");
            Assert.That(Sig("https://h.test/users?limit=10&offset=0&fields=sourcedId"), Is.Not.EqualTo(plain), "an extra parameter");
            Assert.That(Sig("https://h.test/users?limit=10&offset=0", "a=1"), Is.Not.EqualTo(plain), "form body");
            Assert.That(Sig("https://h.test/users?offset=0&limit=10"), Is.EqualTo(plain), "order in the URL does not matter");
            Assert.That(Sig("https://H.TEST:443/users?limit=10&offset=0"), Is.EqualTo(plain), "case of the host and the default port do not matter");
        }

        [TestCase(" ", "%20")]
        [TestCase("~", "~")]
        [TestCase("+", "%2B")]
        [TestCase("*", "%2A")]
        [TestCase("-._", "-._")]
        [TestCase("!'()", "%21%27%28%29")]
        [TestCase("a=b&c", "a%3Db%26c")]
        [TestCase("é", "%C3%A9")]
        [TestCase("日本", "%E6%97%A5%E6%9C%AC")]
        [TestCase("%", "%25")]
        public void Percent_encoding_keeps_only_the_unreserved_characters(string value, string expected)
        {
            Assert.That(OAuth1Encoding.Encode(value), Is.EqualTo(expected));
        }

        [TestCase("a+b", "a b")]
        [TestCase("a%2Bb", "a+b")]
        [TestCase("a%20b", "a b")]
        [TestCase("%C3%A9", "é")]
        [TestCase("", "")]
        public void Query_values_are_read_back_with_form_decoding(string raw, string expected)
        {
            var pair = OAuth1Encoding.ParseForm("?x=" + raw).Single();

            Assert.That(pair, Is.EqualTo(new KeyValuePair<string, string>("x", expected)));
        }

        [Test]
        public void Repeated_parameters_are_sorted_by_name_then_by_value()
        {
            var parameters = new[] { Pair("a", "z"), Pair("a2", "x"), Pair("a", "b"), Pair("a", ""), Pair("b", "1"), Pair("A", "q") };

            Assert.That(OAuth1SignatureBase.NormalizedParameters(parameters), Is.EqualTo("A=q&a=&a=b&a=z&a2=x&b=1"));
        }

        [TestCase("https://www.example.net:8080/?q=1", "https://www.example.net:8080/")]
        [TestCase("HTTP://EXAMPLE.COM:80/r%20v/X?id=123", "http://example.com/r%20v/X")]
        [TestCase("https://example.com", "https://example.com/")]
        [TestCase("http://[::1]:5000/ims/x", "http://[::1]:5000/ims/x")]
        public void Base_string_URI_follows_section_3_4_1_2(string url, string expected)
        {
            Assert.That(OAuth1SignatureBase.BaseStringUri(new Uri(url)), Is.EqualTo(expected));
        }

        private static KeyValuePair<string, string> Pair(string name, string value) => new(name, value);

        private static string Signature(string header) => Parameter(header, "oauth_signature");

        private static string Parameter(string header, string name) =>
            header.Split(", ").Select(p => p.Split('=', 2)).Single(p => p[0] == name)[1].Trim('"');
    }
}
