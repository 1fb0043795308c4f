using System;
using System.Runtime.CompilerServices;
using System.Text;

namespace OneRoster.Serialization
{
    /// <summary>
    /// The hrefs a stream read last, by their UTF-8 text. A page of users names the same few orgs and schools in every
    /// record (roles, primaryOrg: three of the four hrefs of a typical user), and a <see cref="Uri"/> costs a string and a
    /// parse (~110 ns) each time. <see cref="Uri"/> is immutable, so records may share one instance. One cache per thread,
    /// because a page is read on one thread and the generated readers take no context; a slot's key is the Uri's own
    /// <see cref="Uri.OriginalString"/>, so a miss allocates nothing beyond what it would anyway.
    /// </summary>
    // Read for every record: every method is compiled optimised at once, like the readers' helpers (Utf8Records' remarks).
    internal static class RecentUris
    {
        private const int Slots = 32;

        [ThreadStatic]
        private static Uri?[]? _slots;

        /// <summary>The Uri of this href text if it was read recently on this thread (ASCII text only).</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static bool TryGet(ReadOnlySpan<byte> utf8, out Uri? uri)
        {
            uri = _slots?[Slot(utf8)];
            if (uri is not null && Ascii.Equals(utf8, uri.OriginalString))
            {
                return true;
            }
            uri = null;
            return false;
        }

        /// <summary>Keeps <paramref name="uri"/>, read from <paramref name="utf8"/>, for the next record naming it.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static void Add(ReadOnlySpan<byte> utf8, Uri uri) => (_slots ??= new Uri?[Slots])[Slot(utf8)] = uri;

        // The last bytes tell hrefs of one provider apart (they end with the sourcedId); the length separates the rest.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static int Slot(ReadOnlySpan<byte> utf8)
        {
            var hash = utf8.Length;
            var tail = utf8.Length < 8 ? utf8 : utf8[^8..];
            foreach (var b in tail)
            {
                hash = (hash * 31) + b;
            }
            return (int)((uint)hash % Slots);
        }
    }
}
