using System;
using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace OneRoster.Testing.Auth
{
    /// <summary>Issues opaque bearer tokens and checks them against their expiry on the configured clock.</summary>
    internal sealed class TokenIssuer
    {
        private readonly ConcurrentDictionary<string, DateTimeOffset> expiries = new(StringComparer.Ordinal);
        private readonly TimeProvider clock;
        private readonly TimeSpan lifetime;

        public TokenIssuer(TimeProvider clock, TimeSpan lifetime)
        {
            this.clock = clock;
            this.lifetime = lifetime;
        }

        /// <summary>expires_in as the token endpoint reports it: whole seconds, rounded up.</summary>
        public long ExpiresInSeconds => (long)Math.Ceiling(lifetime.TotalSeconds);

        public string Issue()
        {
            var token = "fake-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
            expiries[token] = clock.GetUtcNow() + lifetime;
            return token;
        }

        public TokenState Check(string? token)
        {
            if (string.IsNullOrEmpty(token) || !expiries.TryGetValue(token, out var expiry))
            {
                return TokenState.Unknown;
            }
            return clock.GetUtcNow() < expiry ? TokenState.Valid : TokenState.Expired;
        }

        public void RevokeAll() => expiries.Clear();
    }

    internal enum TokenState
    {
        Unknown,
        Valid,
        Expired,
    }
}
