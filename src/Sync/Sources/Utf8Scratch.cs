using System;
using System.Text;

namespace OneRoster.Sync
{
    /// <summary>
    /// One growing buffer that text is encoded into as UTF-8, for per-record work (hashing a record's JSON, binding it
    /// to a statement) that would otherwise allocate a byte array per string. Not thread-safe: one per worker.
    /// </summary>
    internal sealed class Utf8Scratch
    {
        private byte[] _bytes = new byte[4096];

        /// <summary>The UTF-8 bytes of <paramref name="text"/>, valid until the next call.</summary>
        public ReadOnlySpan<byte> Encode(string text)
        {
            var most = Encoding.UTF8.GetMaxByteCount(text.Length);
            if (_bytes.Length < most)
            {
                _bytes = new byte[most];
            }
            return _bytes.AsSpan(0, Encoding.UTF8.GetBytes(text, _bytes));
        }
    }
}
