using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using OneRoster.Collections;
using OneRoster.Testing.Data;
using OneRoster.Testing.Protocol;
using OneRoster.Testing.Seed;

namespace OneRoster.Testing
{
    /// <summary>
    /// The data a <see cref="OneRosterFakeServer"/> serves: one collection of JSON records per OneRoster entity,
    /// keyed by sourcedId. Generate a realistic district, load one from JSON, or build one by hand; the server
    /// reads and writes it while it runs, so a test can check what its code wrote.
    /// </summary>
    /// <remarks>
    /// Generated records are computed on demand from a compact description of the district (a few arrays), so a
    /// million-user district takes a few megabytes and milliseconds to create; only records that are written are
    /// stored. Safe to use from several threads; every method takes a copy, so changing a returned record changes
    /// nothing until it is passed back to <see cref="Add"/>.
    /// </remarks>
    public sealed partial class FakeDistrict
    {
        private readonly Dictionary<string, RecordCollection> _collections = new(StringComparer.Ordinal);
        private readonly SeededDistrict? _seeded;
        // Records read through this class (not over HTTP) carry root-relative hrefs.
        private const string LocalHrefRoot = "/";
        private long _allocated;

        private FakeDistrict(SeededDistrict? seeded)
        {
            _seeded = seeded;
            var sources = seeded?.All().ToDictionary(s => s.Kind.Collection, s => (IGeneratedRecords)s, StringComparer.Ordinal);
            foreach (var name in FakeCollections.All)
            {
                _collections[name] = new RecordCollection(name, sources?[name]);
            }
        }

        /// <summary>A new district with no records, to fill with <see cref="Add"/>. Each read returns a new instance.</summary>
        public static FakeDistrict Empty => new(null);

        /// <summary>The number of users the district was generated with; 0 for hand-built or loaded districts.</summary>
        public int GeneratedUsers => _seeded?.Shape.Users ?? 0;

        /// <summary>The sourcedId of the district org of a generated district (<c>org-0001</c>); null otherwise.</summary>
        public string? DistrictId => _seeded?.Orgs.IdAt(0);

        /// <summary>The collection names (<see cref="FakeCollections.All"/>).</summary>
        public IReadOnlyList<string> CollectionNames => FakeCollections.All;

        /// <summary>Lock that serializes access to the collections.</summary>
        internal object Sync { get; } = new();

        /// <summary>
        /// Generates a district deterministically: the same arguments always give the same records. Users are split
        /// into schools of about 800 (6% teachers, 1% aides, a principal per school of 100+, 25% guardians, the rest
        /// students); each school has a school year, two terms, four grading periods, six courses, class sections of
        /// about 25 students for six periods, enrollments, three line items per class with a result per student,
        /// demographics for students, score scales, Timeback course components, placement tests, and a shared
        /// catalog of five categories and 24 resources.
        /// </summary>
        /// <param name="users">Number of users, from 0 to millions (1,000,000 takes well under a second and a few MB).</param>
        /// <param name="seed">Seed for names, dates and scores.</param>
        /// <param name="schools">Number of schools; by default one per 800 users (at least one).</param>
        /// <param name="schoolYear">The calendar year the school year starts in (2025 for 2025–26).</param>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="users"/> is negative or <paramref name="schools"/> is below 1.</exception>
        public static FakeDistrict Generate(int users, int seed = 42, int? schools = null, int schoolYear = 2025) =>
            new(new SeededDistrict(new DistrictShape(users, seed, schools, schoolYear)));

        /// <summary>
        /// Loads a district from JSON: an object whose properties are collection names holding arrays of records, as
        /// in OneRoster list answers (<c>{"orgs": [...], "users": [...]}</c>). The aliases <c>schools</c>,
        /// <c>students</c>, <c>teachers</c>, <c>terms</c> and <c>gradingPeriods</c> are accepted (see
        /// <see cref="FakeCollections"/>). Records are stored exactly as given, so provider quirks in the data stay.
        /// </summary>
        /// <exception cref="FormatException">The JSON is not such an object, names an unknown collection, or a record lacks a sourcedId.</exception>
        public static FakeDistrict FromJson(string json)
        {
            ArgumentNullException.ThrowIfNull(json);
            JToken root;
            try
            {
                root = JsonText.Parse(json);
            }
            catch (JsonReaderException e)
            {
                throw new FormatException("The district JSON does not parse: " + e.Message, e);
            }
            if (root is not JObject collections)
            {
                throw new FormatException("The district JSON must be an object of collections, e.g. {\"users\": [...]}.");
            }
            var district = Empty;
            foreach (var property in collections.Properties())
            {
                if (property.Value is not JArray records)
                {
                    throw new FormatException($"'{property.Name}' must hold an array of records.");
                }
                foreach (var record in records)
                {
                    if (record is not JObject obj)
                    {
                        throw new FormatException($"'{property.Name}' holds something that is not a record: {record.ToString(Formatting.None)}");
                    }
                    try
                    {
                        district.Add(property.Name, obj);
                    }
                    catch (ArgumentException e)
                    {
                        throw new FormatException(e.Message, e);
                    }
                }
            }
            return district;
        }

        /// <summary>Loads a district from a UTF-8 JSON stream; see <see cref="FromJson(string)"/>.</summary>
        public static FakeDistrict FromJson(Stream json)
        {
            ArgumentNullException.ThrowIfNull(json);
            using var reader = new StreamReader(json);
            return FromJson(reader.ReadToEnd());
        }

        /// <summary>
        /// Adds a record given as its OneRoster JSON, or replaces the one with the same sourcedId. Through an alias
        /// (<c>students</c>, <c>schools</c>, …) a missing role or type is filled in.
        /// </summary>
        /// <param name="collection">A name from <see cref="FakeCollections"/> or an alias.</param>
        /// <param name="json">One record as a JSON object, e.g. <c>{"sourcedId":"u1","givenName":"Ada"}</c>; it needs a non-empty string <c>sourcedId</c>.</param>
        /// <returns>This district, to chain calls.</returns>
        /// <exception cref="ArgumentException">Unknown collection, text that is not a JSON object, or no sourcedId.</exception>
        public FakeDistrict Add(string collection, string json)
        {
            ArgumentNullException.ThrowIfNull(json);
            return AddRecord(collection, RecordJson.Parse(json, nameof(json)));
        }

        /// <summary>
        /// Adds a record given as a generated DTO (<c>new User { SourcedId = "u1", ... }</c>), or replaces the one with
        /// the same sourcedId; it is stored as the JSON the provider would send. Through an alias a missing role or type
        /// is filled in.
        /// </summary>
        /// <typeparam name="T">The record type, e.g. <c>OneRoster.Rostering.User</c>.</typeparam>
        /// <exception cref="ArgumentException">Unknown collection, or the record has no sourcedId.</exception>
        public FakeDistrict Add<T>(string collection, T record) where T : class
        {
            ArgumentNullException.ThrowIfNull(record);
            return AddRecord(collection, RecordJson.From(record));
        }

        /// <summary>Adds or replaces a record held as a JSON tree (what the fake works with inside).</summary>
        internal FakeDistrict AddRecord(string collection, JObject record)
        {
            ArgumentNullException.ThrowIfNull(collection);
            ArgumentNullException.ThrowIfNull(record);
            if (record["sourcedId"] is not JValue { Type: JTokenType.String } id || string.IsNullOrEmpty((string?)id))
            {
                throw new ArgumentException($"A record added to '{collection}' needs a string sourcedId: {record.ToString(Formatting.None)}", nameof(record));
            }
            var copy = (JObject)record.DeepClone();
            CollectionAlias.Find(collection)?.FillIn(copy);
            lock (Sync)
            {
                Collection(collection).Upsert(copy);
            }
            return this;
        }

        /// <summary>Number of records in a collection (or in the view an alias names).</summary>
        public int Count(string collection)
        {
            ArgumentNullException.ThrowIfNull(collection);
            lock (Sync)
            {
                var alias = CollectionAlias.Find(collection);
                return alias is null
                    ? Collection(collection).Count
                    : Collection(alias.Collection).Where(alias.Field, alias.Value, LocalHrefRoot).Count();
            }
        }

        /// <summary>The record with this sourcedId as the JSON the provider would send, or null.</summary>
        public string? Find(string collection, string sourcedId) => FindRecord(collection, sourcedId)?.ToString(Formatting.None);

        /// <summary>The record with this sourcedId as a generated DTO, or null.</summary>
        /// <typeparam name="T">The record type, e.g. <c>OneRoster.Rostering.Enrollment</c>.</typeparam>
        public T? Find<T>(string collection, string sourcedId) where T : class =>
            FindRecord(collection, sourcedId) is { } found ? RecordJson.To<T>(found) : null;

        /// <summary>A copy of the record with this sourcedId as a JSON tree, or null.</summary>
        internal JObject? FindRecord(string collection, string sourcedId)
        {
            ArgumentNullException.ThrowIfNull(collection);
            ArgumentNullException.ThrowIfNull(sourcedId);
            lock (Sync)
            {
                var found = Collection(collection).Find(sourcedId, LocalHrefRoot);
                return found is not null && (CollectionAlias.Find(collection)?.Contains(found) ?? true) ? found : null;
            }
        }

        /// <summary>
        /// The records of a collection (or alias view) as JSON, in collection order, built as the sequence is read.
        /// Reflects the collection as it was when enumeration started.
        /// </summary>
        public IEnumerable<string> Records(string collection) => RecordObjects(collection).Select(r => r.ToString(Formatting.None));

        /// <summary>The records of a collection (or alias view) as generated DTOs; see <see cref="Records(string)"/>.</summary>
        /// <typeparam name="T">The record type, e.g. <c>OneRoster.Rostering.User</c>.</typeparam>
        public IEnumerable<T> Records<T>(string collection) where T : class => RecordObjects(collection).Select(RecordJson.To<T>);

        /// <summary>Copies of the records as JSON trees; see <see cref="Records(string)"/>.</summary>
        internal IEnumerable<JObject> RecordObjects(string collection)
        {
            ArgumentNullException.ThrowIfNull(collection);
            RecordRef[] refs;
            RecordCollection target;
            lock (Sync)
            {
                var alias = CollectionAlias.Find(collection);
                target = Collection(collection);
                refs = (alias is null ? target.All() : target.Where(alias.Field, alias.Value, LocalHrefRoot)).ToArray();
            }
            return refs.Select(r => target.Materialize(r, LocalHrefRoot));
        }

        /// <summary>Removes a record; false when there was none.</summary>
        public bool Remove(string collection, string sourcedId)
        {
            ArgumentNullException.ThrowIfNull(collection);
            ArgumentNullException.ThrowIfNull(sourcedId);
            lock (Sync)
            {
                return Collection(collection).Remove(sourcedId);
            }
        }

        /// <summary>The collection a name or alias refers to.</summary>
        internal RecordCollection Collection(string name) =>
            _collections.TryGetValue(CollectionAlias.Resolve(name), out var found)
                ? found
                : throw new ArgumentException(
                    $"'{name}' is not a OneRoster collection; use one of {string.Join(", ", FakeCollections.All)} (or schools, students, teachers, terms, gradingPeriods).",
                    nameof(name));

        /// <summary>A sourcedId no record of the collection has yet, for records created without one. Call under <see cref="Sync"/>.</summary>
        internal string AllocateId(RecordCollection collection)
        {
            while (true)
            {
                var id = collection.Kind.Singular + "-new-" + (++_allocated).ToString("D4", CultureInfo.InvariantCulture);
                if (!collection.Contains(id))
                {
                    return id;
                }
            }
        }
    }
}
