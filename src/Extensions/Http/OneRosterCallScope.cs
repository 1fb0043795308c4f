using System;
using System.Threading;

namespace OneRoster.Http
{
    /// <summary>
    /// What the handlers learned about the request of one facade call, for the exception built when it fails.
    /// The generated <c>ApiException</c> knows the status and headers but not the request (method, path,
    /// <c>X-Request-ID</c>), and in stream mode it has already lost the body; the handlers see all of it.
    /// The scope flows with the call as an <see cref="AsyncLocal{T}"/>; handlers fill in the object the caller
    /// created, so the caller sees what they wrote.
    /// </summary>
    internal sealed class OneRosterCallScope : IDisposable
    {
        private static readonly AsyncLocal<OneRosterCallScope?> CurrentScope = new();

        private readonly OneRosterCallScope? _parent;
        private bool _disposed;

        private OneRosterCallScope(OneRosterCallScope? parent)
        {
            _parent = parent;
        }

        public static OneRosterCallScope? Current => CurrentScope.Value;

        public string? Method { get; set; }

        /// <summary>Redacted path and query of the last request sent in this call.</summary>
        public string? RequestPath { get; set; }

        public string? RequestId { get; set; }

        /// <summary>Status of the final answer, when one arrived.</summary>
        public int? Status { get; set; }

        /// <summary>Body text of the final answer when it was not a success (error bodies only).</summary>
        public string? ErrorBody { get; set; }

        public static OneRosterCallScope Begin()
        {
            var scope = new OneRosterCallScope(CurrentScope.Value);
            CurrentScope.Value = scope;
            return scope;
        }

        public void Dispose()
        {
            if (!_disposed)
            {
                _disposed = true;
                CurrentScope.Value = _parent;
            }
        }
    }
}
