using System;
using System.Collections.Generic;

namespace OneRoster.Testing.Routing
{
    /// <summary>Credentials stored through the Timeback credential endpoints, per user and application.</summary>
    internal sealed class CredentialStore
    {
        private readonly Dictionary<(string User, string Application), (string Id, string Password)> byApplication = new();
        private readonly Dictionary<(string User, string Credential), string> passwords = new();
        private int next;

        /// <summary>Stores or replaces a credential; true when it is new.</summary>
        public bool Store(string user, string application, string password, out string credentialId)
        {
            lock (byApplication)
            {
                var isNew = !byApplication.TryGetValue((user, application), out var existing);
                credentialId = isNew ? "cred-" + (++next).ToString("D4", System.Globalization.CultureInfo.InvariantCulture) : existing.Id;
                byApplication[(user, application)] = (credentialId, password);
                passwords[(user, credentialId)] = password;
                return isNew;
            }
        }

        public string? Password(string user, string credentialId)
        {
            lock (byApplication)
            {
                return passwords.TryGetValue((user, credentialId), out var password) ? password : null;
            }
        }

        public static string ProfileId(string user, string application) => "profile-" + user + "-" + Uri.EscapeDataString(application);
    }
}
