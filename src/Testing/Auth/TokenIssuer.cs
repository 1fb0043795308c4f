using System;
using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace OneRoster.Testing.Auth
{
    /// <summary>Issues opaque bearer tokens and checks them against their expiry on the configured clock.</summary>
    internal sealed class TokenIssuer
    {
        private readonly ConcurrentDictionary<string, DateTimeOffset> _expiries = new(StringComparer.Ordinal);
        private readonly TimeProvider _clock;
        private readonly TimeSpan _lifetime;

        public TokenIssuer(TimeProvider clock, TimeSpan lifetime)
        {
            _clock = clock;
            _lifetime = lifetime;
        }

        /// <summary>expires_in as the token endpoint reports it: whole seconds, rounded up.</summary>
        public long ExpiresInSeconds => (long)Math.Ceiling(_lifetime.TotalSeconds);

        public string Issue()
        {
            var token = "fake-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
            _expiries[token] = _clock.GetUtcNow() + _lifetime;
            return token;
        }

        public TokenState Check(string? token)
        {
            if (string.IsNullOrEmpty(token) || !_expiries.TryGetValue(token, out var expiry))
            {
                return TokenState.Unknown;
            }
            return _clock.GetUtcNow() < expiry ? TokenState.Valid : TokenState.Expired;
        }

        public void RevokeAll() => _expiries.Clear();
    }

    internal enum TokenState
    {
        Unknown,
        Valid,
        Expired,
    }
}
