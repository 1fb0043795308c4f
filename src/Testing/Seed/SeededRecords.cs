using System;
using System.Collections.Generic;
using System.Globalization;
using Newtonsoft.Json.Linq;
using OneRoster.Testing.Data;

namespace OneRoster.Testing.Seed
{
    /// <summary>
    /// Base of the seeded collections: ids are a prefix and a zero-padded 1-based number (<c>usr-0042</c>), so id
    /// order is generation order and an id maps back to its index without a lookup table.
    /// </summary>
    internal abstract class SeededRecords : IGeneratedRecords
    {
        private readonly string _prefix;
        private readonly int _width;

        protected SeededRecords(SeededDistrict district, string collection, string prefix, int count, int salt)
        {
            District = district;
            Kind = EntityKind.Of(collection);
            _prefix = prefix;
            Count = count;
            Salt = salt;
            _width = Math.Max(4, count.ToString(CultureInfo.InvariantCulture).Length);
        }

        public int Count { get; }

        public EntityKind Kind { get; }

        protected SeededDistrict District { get; }

        protected DistrictShape Shape => District.Shape;

        protected int Salt { get; }

        public virtual string IdAt(int index) => _prefix + (index + 1).ToString("D" + _width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

        public virtual int IndexOf(string sourcedId)
        {
            if (sourcedId.Length != _prefix.Length + _width || !sourcedId.StartsWith(_prefix, StringComparison.Ordinal))
            {
                return -1;
            }
            var digits = sourcedId.AsSpan(_prefix.Length);
            foreach (var c in digits)
            {
                if (c is < '0' or > '9')
                {
                    return -1;
                }
            }
            var number = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
            return number >= 1 && number <= Count ? number - 1 : -1;
        }

        public abstract JObject Materialize(int index, string hrefRoot);

        public virtual IEnumerable<int>? IndexesWhere(string path, string value) => null;

        /// <summary>A GuidRef to one of these records, as OneRoster relations carry them.</summary>
        public JObject RefTo(int index, string hrefRoot) => Kind.RefTo(hrefRoot, IdAt(index));

        protected RecordRandom Random(int index) => new(Shape.Seed, Salt, index);

        /// <summary>The status, dateLastModified and sourcedId every record starts with.</summary>
        protected JObject Base(int index, ref RecordRandom random) => new()
        {
            ["sourcedId"] = IdAt(index),
            ["status"] = "active",
            ["dateLastModified"] = Shape.LastModified(ref random),
        };

        protected static IEnumerable<int> Range(int start, int count)
        {
            for (var i = 0; i < count; i++)
            {
                yield return start + i;
            }
        }
    }
}
