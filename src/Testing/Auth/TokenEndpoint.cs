using System;
using System.Security.Cryptography;
using System.Text;
using Newtonsoft.Json.Linq;
using OneRoster.Testing.Protocol;

namespace OneRoster.Testing.Auth
{
    /// <summary>
    /// The OAuth 2.0 client-credentials token endpoint (RFC 6749 §4.4): credentials in an HTTP Basic header or in
    /// the form body, errors as RFC 6749 §5.2 JSON.
    /// </summary>
    internal sealed class TokenEndpoint
    {
        public const string Path = "oauth2/token";

        private readonly TokenIssuer _issuer;
        private readonly string _clientId;
        private readonly string _clientSecret;

        public TokenEndpoint(TokenIssuer issuer, string clientId, string clientSecret)
        {
            _issuer = issuer;
            _clientId = clientId;
            _clientSecret = clientSecret;
        }

        public FakeResponse Answer(string method, string? authorization, string? body)
        {
            if (method != "POST")
            {
                return OAuthError(405, "invalid_request", "The token endpoint accepts POST only.").WithHeader("Allow", "POST");
            }
            var form = new QueryString(body);
            if (form["grant_type"] != "client_credentials")
            {
                return OAuthError(400, "unsupported_grant_type", "Only grant_type=client_credentials is supported.");
            }
            var (id, secret, basic) = Credentials(authorization, form);
            if (!Same(id, _clientId) || !Same(secret, _clientSecret))
            {
                var rejected = OAuthError(401, "invalid_client", "Client authentication failed.");
                return basic ? rejected.WithHeader("WWW-Authenticate", "Basic realm=\"oneroster-fake\"") : rejected;
            }
            var answer = new JObject
            {
                ["access_token"] = _issuer.Issue(),
                ["token_type"] = "Bearer",
                ["expires_in"] = _issuer.ExpiresInSeconds,
            };
            if (form["scope"] is { Length: > 0 } scope)
            {
                answer["scope"] = scope;
            }
            return FakeResponse.JsonBody(200, answer).WithHeader("Cache-Control", "no-store");
        }

        private static (string? Id, string? Secret, bool Basic) Credentials(string? authorization, QueryString form)
        {
            const string scheme = "Basic ";
            if (authorization is not null && authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            {
                try
                {
                    var pair = Encoding.UTF8.GetString(Convert.FromBase64String(authorization.Substring(scheme.Length).Trim()));
                    var colon = pair.IndexOf(':');
                    if (colon >= 0)
                    {
                        // RFC 6749 §2.3.1: both halves are form-encoded before they are joined.
                        return (FormDecode(pair.Substring(0, colon)), FormDecode(pair.Substring(colon + 1)), true);
                    }
                }
                catch (FormatException)
                {
                }
                return (null, null, true);
            }
            return (form["client_id"], form["client_secret"], false);
        }

        private static string FormDecode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));

        private static bool Same(string? given, string expected) =>
            given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));

        private static FakeResponse OAuthError(int status, string error, string description) =>
            FakeResponse.JsonBody(status, new JObject { ["error"] = error, ["error_description"] = description });
    }
}
