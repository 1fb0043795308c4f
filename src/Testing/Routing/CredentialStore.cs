using System;
using System.Collections.Generic;

namespace OneRoster.Testing.Routing
{
    /// <summary>Credentials stored through the Timeback credential endpoints, per user and application.</summary>
    internal sealed class CredentialStore
    {
        private readonly Dictionary<(string User, string Application), (string Id, string Password)> _byApplication = new();
        private readonly Dictionary<(string User, string Credential), string> _passwords = new();
        private int _next;

        /// <summary>Stores or replaces a credential; true when it is new.</summary>
        public bool Store(string user, string application, string password, out string credentialId)
        {
            lock (_byApplication)
            {
                var isNew = !_byApplication.TryGetValue((user, application), out var existing);
                credentialId = isNew ? "cred-" + (++_next).ToString("D4", System.Globalization.CultureInfo.InvariantCulture) : existing.Id;
                _byApplication[(user, application)] = (credentialId, password);
                _passwords[(user, credentialId)] = password;
                return isNew;
            }
        }

        public string? Password(string user, string credentialId)
        {
            lock (_byApplication)
            {
                return _passwords.TryGetValue((user, credentialId), out var password) ? password : null;
            }
        }

        public static string ProfileId(string user, string application) => "profile-" + user + "-" + Uri.EscapeDataString(application);
    }
}
