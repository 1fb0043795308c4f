using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;
using OneRoster.Collections;

namespace OneRoster.Testing.Data
{
    /// <summary>
    /// One collection: the seeded records (built on demand) overlaid with what was written since. Written records
    /// are stored as JObjects and never mutated in place (a write stores a new object), so a reader may hold one.
    /// Not thread-safe: <see cref="FakeDistrict"/> serializes access.
    /// </summary>
    internal sealed class RecordCollection
    {
        private readonly IGeneratedRecords? _seeded;
        private readonly Dictionary<int, JObject?> _replaced = new(); // seeded index -> new record, or null when deleted
        private readonly Dictionary<string, JObject> _added = new(StringComparer.Ordinal);
        private readonly List<string> _addedOrder = new();
        private int _deletedSeeded;

        public RecordCollection(string name, IGeneratedRecords? seeded)
        {
            Name = name;
            Kind = EntityKind.Of(name);
            _seeded = seeded;
        }

        public string Name { get; }

        public EntityKind Kind { get; }

        public int Count => (_seeded?.Count ?? 0) - _deletedSeeded + _added.Count;

        public IEnumerable<RecordRef> All()
        {
            var seededCount = _seeded?.Count ?? 0;
            if (_replaced.Count == 0)
            {
                for (var i = 0; i < seededCount; i++)
                {
                    yield return RecordRef.Seeded(i);
                }
            }
            else
            {
                for (var i = 0; i < seededCount; i++)
                {
                    if (!_replaced.TryGetValue(i, out var record))
                    {
                        yield return RecordRef.Seeded(i);
                    }
                    else if (record is not null)
                    {
                        yield return RecordRef.Written(i, record);
                    }
                }
            }
            foreach (var id in _addedOrder)
            {
                yield return RecordRef.Written(-1, _added[id]);
            }
        }

        /// <summary>
        /// All records as a list addressable by position. While no seeded record has been replaced or deleted this is
        /// a view computed by index (nothing copied); otherwise a snapshot.
        /// </summary>
        public IReadOnlyList<RecordRef> AllByPosition() => _replaced.Count == 0 ? new PositionView(this) : All().ToList();

        /// <summary>Records whose dotted field holds the value, in collection order.</summary>
        public IEnumerable<RecordRef> Where(string path, string value, string hrefRoot)
        {
            var indexes = _seeded?.IndexesWhere(path, value);
            if (indexes is null)
            {
                return All().Where(r => RecordFields.Matches(Materialize(r, hrefRoot), path, value));
            }
            return IndexedWhere(indexes, path, value);
        }

        public RecordRef? Locate(string sourcedId)
        {
            if (_added.TryGetValue(sourcedId, out var record))
            {
                return RecordRef.Written(-1, record);
            }
            var index = _seeded?.IndexOf(sourcedId) ?? -1;
            if (index < 0)
            {
                return null;
            }
            if (_replaced.TryGetValue(index, out var replacement))
            {
                return replacement is null ? null : RecordRef.Written(index, replacement);
            }
            return RecordRef.Seeded(index);
        }

        public bool Contains(string sourcedId) => Locate(sourcedId).HasValue;

        /// <summary>A copy of the record, or null.</summary>
        public JObject? Find(string sourcedId, string hrefRoot) =>
            Locate(sourcedId) is { } found ? Materialize(found, hrefRoot) : null;

        /// <summary>Builds (seeded) or copies (written) the record, so callers may change what they get.</summary>
        public JObject Materialize(RecordRef record, string hrefRoot) =>
            record.Stored is { } stored ? (JObject)stored.DeepClone() : _seeded!.Materialize(record.Index, hrefRoot);

        /// <summary>Stores the record under its sourcedId; true when it is new.</summary>
        public bool Upsert(JObject record)
        {
            var id = record.Value<string>("sourcedId");
            if (string.IsNullOrEmpty(id))
            {
                throw new ArgumentException("The record has no sourcedId.", nameof(record));
            }
            if (_added.ContainsKey(id))
            {
                _added[id] = record;
                return false;
            }
            var index = _seeded?.IndexOf(id) ?? -1;
            if (index >= 0)
            {
                var existed = !_replaced.TryGetValue(index, out var previous) || previous is not null;
                if (!existed)
                {
                    _deletedSeeded--;
                }
                _replaced[index] = record;
                return !existed;
            }
            _added[id] = record;
            _addedOrder.Add(id);
            return true;
        }

        /// <summary>Removes the record; false when there was none.</summary>
        public bool Remove(string sourcedId)
        {
            if (_added.Remove(sourcedId))
            {
                _addedOrder.Remove(sourcedId);
                return true;
            }
            var index = _seeded?.IndexOf(sourcedId) ?? -1;
            if (index < 0 || (_replaced.TryGetValue(index, out var previous) && previous is null))
            {
                return false;
            }
            _replaced[index] = null;
            _deletedSeeded++;
            return true;
        }

        /// <summary>Seeded records by index, then added records, without copying anything.</summary>
        private sealed class PositionView : IReadOnlyList<RecordRef>
        {
            private readonly RecordCollection _owner;
            private readonly int _seededCount;

            public PositionView(RecordCollection owner)
            {
                _owner = owner;
                _seededCount = owner._seeded?.Count ?? 0;
            }

            public int Count => _seededCount + _owner._addedOrder.Count;

            public RecordRef this[int index] =>
                index < _seededCount ? RecordRef.Seeded(index) : RecordRef.Written(-1, _owner._added[_owner._addedOrder[index - _seededCount]]);

            public IEnumerator<RecordRef> GetEnumerator()
            {
                for (var i = 0; i < Count; i++)
                {
                    yield return this[i];
                }
            }

            System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
        }

        private IEnumerable<RecordRef> IndexedWhere(IEnumerable<int> indexes, string path, string value)
        {
            if (_replaced.Count == 0)
            {
                foreach (var i in indexes)
                {
                    yield return RecordRef.Seeded(i);
                }
            }
            else
            {
                var seen = new HashSet<int>();
                foreach (var i in indexes)
                {
                    seen.Add(i);
                    if (!_replaced.TryGetValue(i, out var record))
                    {
                        yield return RecordRef.Seeded(i);
                    }
                    else if (record is not null && RecordFields.Matches(record, path, value))
                    {
                        yield return RecordRef.Written(i, record);
                    }
                }
                // A seeded record rewritten so that it now matches.
                foreach (var (i, record) in _replaced)
                {
                    if (record is not null && !seen.Contains(i) && RecordFields.Matches(record, path, value))
                    {
                        yield return RecordRef.Written(i, record);
                    }
                }
            }
            foreach (var id in _addedOrder)
            {
                var record = _added[id];
                if (RecordFields.Matches(record, path, value))
                {
                    yield return RecordRef.Written(-1, record);
                }
            }
        }
    }
}
