using System;
using System.Collections.Generic;
using System.Globalization;
using Newtonsoft.Json.Linq;
using OneRoster.Testing.Data;

namespace OneRoster.Testing
{
    // Change simulation: what a provider's data does between (or during) two syncs. Every change stamps
    // dateLastModified with Clock, so a delta (dateLastModified>'…') finds it.
    public sealed partial class FakeDistrict
    {
        private TimeProvider _clock = TimeProvider.System;

        /// <summary>The clock <see cref="AddNew"/>, <see cref="Change"/>, <see cref="Touch"/> and <see cref="Tombstone"/> stamp <c>dateLastModified</c> with. Default <see cref="TimeProvider.System"/>.</summary>
        /// <exception cref="ArgumentNullException">Set to null.</exception>
        public TimeProvider Clock
        {
            get => _clock;
            set => _clock = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary>
        /// Adds a record as a provider creates one: <c>status</c> <c>active</c> unless given, <c>dateLastModified</c> now.
        /// Otherwise as <see cref="Add(string, string)"/>.
        /// </summary>
        /// <exception cref="ArgumentException">Unknown collection, text that is not a JSON object, or no sourcedId.</exception>
        public FakeDistrict AddNew(string collection, string json)
        {
            ArgumentNullException.ThrowIfNull(json);
            var record = RecordJson.Parse(json, nameof(json));
            record["status"] ??= "active";
            record["dateLastModified"] = Now();
            return AddRecord(collection, record);
        }

        /// <summary>
        /// Changes fields of a record: each property of <paramref name="fields"/> replaces the record's (arrays and
        /// objects whole; <c>null</c> removes the field), and <c>dateLastModified</c> becomes now.
        /// </summary>
        /// <param name="collection">A name from <see cref="FakeCollections"/> or an alias.</param>
        /// <param name="sourcedId">The record to change.</param>
        /// <param name="fields">A JSON object of the fields to set, e.g. <c>{"givenName":"Ada"}</c>.</param>
        /// <exception cref="KeyNotFoundException">The collection holds no record with that sourcedId.</exception>
        /// <exception cref="ArgumentException">Unknown collection, or <paramref name="fields"/> is not a JSON object or changes the sourcedId.</exception>
        public FakeDistrict Change(string collection, string sourcedId, string fields)
        {
            ArgumentNullException.ThrowIfNull(fields);
            var changes = RecordJson.Parse(fields, nameof(fields));
            if (changes.ContainsKey("sourcedId"))
            {
                throw new ArgumentException("A change cannot move a record to another sourcedId; Remove it and AddNew the other.", nameof(fields));
            }
            return Rewrite(collection, sourcedId, record =>
            {
                foreach (var property in changes.Properties())
                {
                    if (property.Value.Type == JTokenType.Null)
                    {
                        record.Remove(property.Name);
                    }
                    else
                    {
                        record[property.Name] = property.Value.DeepClone();
                    }
                }
            });
        }

        /// <summary>Moves a record's <c>dateLastModified</c> to now without changing anything else (a provider re-saving it).</summary>
        /// <exception cref="KeyNotFoundException">The collection holds no record with that sourcedId.</exception>
        public FakeDistrict Touch(string collection, string sourcedId) => Rewrite(collection, sourcedId, _ => { });

        /// <summary>
        /// Marks a record deleted as Timeback's DELETE does: <c>status</c> becomes <c>tobedeleted</c>, <c>dateLastModified</c>
        /// now, and the record stays in every list. Use <see cref="Remove"/> for a provider that hard-deletes.
        /// </summary>
        /// <exception cref="KeyNotFoundException">The collection holds no record with that sourcedId.</exception>
        public FakeDistrict Tombstone(string collection, string sourcedId) =>
            Rewrite(collection, sourcedId, record => record["status"] = "tobedeleted");

        private FakeDistrict Rewrite(string collection, string sourcedId, Action<JObject> change)
        {
            ArgumentNullException.ThrowIfNull(collection);
            ArgumentNullException.ThrowIfNull(sourcedId);
            lock (Sync)
            {
                var record = FindRecord(collection, sourcedId)
                    ?? throw new KeyNotFoundException($"'{collection}' holds no record '{sourcedId}'.");
                change(record);
                record["dateLastModified"] = Now();
                return AddRecord(collection, record);
            }
        }

        private string Now() => _clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
    }
}
