using System.Collections.Generic;
using Newtonsoft.Json.Linq;

namespace OneRoster.Testing.Data
{
    /// <summary>
    /// A collection of seeded records that exist only as an index: each record is built when it is read, so a
    /// million-user district costs a few arrays, not a million JSON trees.
    /// </summary>
    internal interface IGeneratedRecords
    {
        int Count { get; }

        string IdAt(int index);

        /// <summary>The index of the record with this sourcedId, or -1.</summary>
        int IndexOf(string sourcedId);

        /// <summary>Builds the record; the same index always gives the same JSON.</summary>
        JObject Materialize(int index, string hrefRoot);

        /// <summary>
        /// The indexes whose dotted field <paramref name="path"/> holds <paramref name="value"/>, in index order, when
        /// the generator can answer without building records; null when it cannot (the caller then scans).
        /// </summary>
        IEnumerable<int>? IndexesWhere(string path, string value);
    }
}
