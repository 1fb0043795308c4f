using Newtonsoft.Json.Linq;

namespace OneRoster.Testing.Data
{
    /// <summary>A record of a collection before it is built: a seeded index, or a stored (written) record.</summary>
    internal readonly struct RecordRef
    {
        private RecordRef(int index, JObject? stored)
        {
            Index = index;
            Stored = stored;
        }

        /// <summary>The seeded index, or -1 for a record that was added.</summary>
        public int Index { get; }

        /// <summary>The stored record when it was written (added, or a seeded one replaced); null for a seeded one.</summary>
        public JObject? Stored { get; }

        public static RecordRef Seeded(int index) => new(index, null);

        public static RecordRef Written(int index, JObject record) => new(index, record);
    }
}
