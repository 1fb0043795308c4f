using System;
using System.Collections;
using System.Collections.Generic;

namespace OneRoster.Testing
{
    /// <summary>
    /// The requests a <see cref="OneRosterFakeServer"/> answered, in the order it answered them. Safe to read while
    /// requests arrive; enumeration works on a snapshot.
    /// </summary>
    public sealed class FakeRequestLog : IReadOnlyList<FakeRequest>
    {
        private readonly List<FakeRequest> _entries = new();

        /// <summary>
        /// Raised for every request as it is answered (before the answer is sent), on the server's thread. A test can
        /// count requests, cancel its client after the k-th one, or change <see cref="OneRosterFakeServer.Data"/> between
        /// two pages of a stream.
        /// </summary>
        public event Action<FakeRequest>? Answered;

        /// <summary>Number of requests answered so far.</summary>
        public int Count
        {
            get
            {
                lock (_entries)
                {
                    return _entries.Count;
                }
            }
        }

        /// <summary>The request at a position in answer order.</summary>
        public FakeRequest this[int index]
        {
            get
            {
                lock (_entries)
                {
                    return _entries[index];
                }
            }
        }

        /// <summary>Forgets every request answered so far.</summary>
        public void Clear()
        {
            lock (_entries)
            {
                _entries.Clear();
            }
        }

        /// <summary>A snapshot of the log.</summary>
        public IReadOnlyList<FakeRequest> ToList()
        {
            lock (_entries)
            {
                return _entries.ToArray();
            }
        }

        /// <inheritdoc />
        public IEnumerator<FakeRequest> GetEnumerator() => ((IEnumerable<FakeRequest>)ToList()).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        internal void Add(FakeRequest request)
        {
            lock (_entries)
            {
                _entries.Add(request);
            }
            Answered?.Invoke(request);
        }
    }
}
