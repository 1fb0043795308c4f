using System;
using System.Collections.Generic;
using System.Linq;
using OneRoster.Csv.Mapping;

namespace OneRoster.Csv
{
    /// <summary>A binding file whose rows map to <typeparamref name="T"/>; pass it to <c>CsvBundle.ReadAsync</c> and <c>CsvBundleWriter.WriteAsync</c>.</summary>
    /// <typeparam name="T">The record type of a row.</typeparam>
    public sealed class CsvFile<T> : CsvFile where T : class, new()
    {
        private readonly ColumnMap<T>[] _v12;
        private readonly ColumnMap<T>[]? _v11;
        private readonly ColumnMap<T>[]? _legacy12;

        /// <param name="baseName">The name without <c>.csv</c>.</param>
        /// <param name="since">The first version with the file.</param>
        /// <param name="access">The record type's common properties.</param>
        /// <param name="columns">The 1.2.1 columns after the common three.</param>
        /// <param name="columns11">The 1.1 columns after the common three, when they differ (null: the same as 1.2.1's, if 1.1 has the file).</param>
        /// <param name="legacy12">A second 1.2 layout readers accept (the June 2022 users.csv).</param>
        internal CsvFile(string baseName, CsvVersion since, RecordAccess<T> access, ColumnMap<T>[] columns, ColumnMap<T>[]? columns11 = null, ColumnMap<T>[]? legacy12 = null)
            : base(baseName, typeof(T), since)
        {
            Access = access;
            _v12 = Map<T>.Common(access).Concat(columns).ToArray();
            _v11 = since == CsvVersion.V1_1 ? Map<T>.Common(access, statusValues: Binding.Vocabulary.Status11).Concat(columns11 ?? columns).ToArray() : null;
            _legacy12 = legacy12 is null ? null : Map<T>.Common(access).Concat(legacy12).ToArray();
        }

        internal RecordAccess<T> Access { get; }

        /// <summary>The 1.2.1 layout, the only one the writer produces.</summary>
        internal IReadOnlyList<ColumnMap<T>> WriteLayout => _v12;

        /// <inheritdoc/>
        public override IReadOnlyList<CsvColumn>? ColumnsFor(CsvVersion version) =>
            (version == CsvVersion.V1_1 ? _v11 : _v12)?.Select(m => m.Column).ToArray();

        /// <summary>The layouts a reader accepts for a version, the normative one first (1.2 also accepts the June 2022 users.csv).</summary>
        internal IReadOnlyList<IReadOnlyList<ColumnMap<T>>> MapLayouts(CsvVersion version)
        {
            if (version == CsvVersion.V1_1)
            {
                return _v11 is null ? Array.Empty<IReadOnlyList<ColumnMap<T>>>() : new IReadOnlyList<ColumnMap<T>>[] { _v11 };
            }
            return _legacy12 is null ? new IReadOnlyList<ColumnMap<T>>[] { _v12 } : new IReadOnlyList<ColumnMap<T>>[] { _v12, _legacy12 };
        }

        internal override IReadOnlyList<IReadOnlyList<CsvColumn>> Layouts(CsvVersion version) =>
            MapLayouts(version).Select(l => (IReadOnlyList<CsvColumn>)l.Select(m => m.Column).ToArray()).ToArray();
    }
}
