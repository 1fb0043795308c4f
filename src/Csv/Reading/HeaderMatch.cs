using System;
using System.Collections.Generic;
using System.Linq;

namespace OneRoster.Csv.Reading
{
    /// <summary>
    /// Where each column of a layout sits in a file's header, and which extension (<c>metadata.</c>) columns it has.
    /// A header that is not exactly one of the accepted layouts is reported rule by rule against the closest layout,
    /// and columns are then found by name (case ignored), so a tolerant read can go on.
    /// </summary>
    internal sealed class HeaderMatch
    {
        public const string MetadataPrefix = "metadata.";

        private HeaderMatch(int layout, int[] index, (int Index, string Key)[] metadata, int width)
        {
            Layout = layout;
            Index = index;
            Metadata = metadata;
            Width = width;
        }

        /// <summary>Which accepted layout the header follows (the closest one when it follows none).</summary>
        public int Layout { get; }

        /// <summary>Per layout column, its 0-based field position, or -1 when the header lacks it.</summary>
        public int[] Index { get; }

        /// <summary>The extension columns: field position and name without the prefix.</summary>
        public (int Index, string Key)[] Metadata { get; }

        /// <summary>The number of header fields; every row should have as many.</summary>
        public int Width { get; }

        public static HeaderMatch Find(IReadOnlyList<IReadOnlyList<CsvColumn>> layouts, string[] header, string file, ProblemSink problems)
        {
            var metadata = header.Select((h, i) => (Index: i, Header: h)).Where(h => h.Header.StartsWith(MetadataPrefix, StringComparison.Ordinal))
                .Select(h => (h.Index, Key: h.Header[MetadataPrefix.Length..])).ToArray();
            var defined = header.Where(h => !h.StartsWith(MetadataPrefix, StringComparison.Ordinal)).ToArray();
            var lastDefined = Array.FindLastIndex(header, h => !h.StartsWith(MetadataPrefix, StringComparison.Ordinal));
            var unique = header.Distinct(StringComparer.Ordinal).Count() == header.Length;
            for (var l = 0; l < layouts.Count; l++)
            {
                if (unique && metadata.All(m => m.Index > lastDefined) && defined.SequenceEqual(layouts[l].Select(c => c.Header), StringComparer.Ordinal))
                {
                    return new HeaderMatch(l, layouts[l].Select(c => Array.IndexOf(header, c.Header)).ToArray(), metadata, header.Length);
                }
            }

            var best = Enumerable.Range(0, layouts.Count).OrderByDescending(l => layouts[l].Count(c => header.Contains(c.Header, StringComparer.Ordinal))).First();
            var layout = layouts[best];
            Report(layout, header, metadata, lastDefined, file, problems);
            var index = layout.Select(c =>
            {
                var exact = Array.IndexOf(header, c.Header);
                return exact >= 0 ? exact : Array.FindIndex(header, h => string.Equals(h, c.Header, StringComparison.OrdinalIgnoreCase));
            }).ToArray();
            return new HeaderMatch(best, index, metadata, header.Length);
        }

        private static void Report(IReadOnlyList<CsvColumn> layout, string[] header, (int Index, string Key)[] metadata, int lastDefined, string file, ProblemSink problems)
        {
            var names = layout.Select(c => c.Header).ToArray();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                var h = header[i];
                if (!seen.Add(h))
                {
                    problems.Report(file, 1, h, i + 1, CsvRules.HeaderDuplicate, $"'{h}' appears more than once in the header.");
                    continue;
                }
                if (h.StartsWith(MetadataPrefix, StringComparison.Ordinal) || names.Contains(h, StringComparer.Ordinal))
                {
                    continue;
                }
                var differentCase = names.FirstOrDefault(n => string.Equals(n, h, StringComparison.OrdinalIgnoreCase));
                problems.Report(file, 1, h, i + 1, differentCase is null ? CsvRules.HeaderUnknown : CsvRules.HeaderCase,
                    differentCase is null
                        ? $"'{h}' is not a column of {file} (extension columns are named metadata.<name>)."
                        : $"'{h}' should be '{differentCase}' (headers are case-sensitive).");
            }
            foreach (var name in names)
            {
                if (!header.Any(h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase)))
                {
                    problems.Report(file, 1, name, 0, CsvRules.HeaderMissing, $"The header lacks the column '{name}' (every column must be present, even when empty).");
                }
            }
            var positions = names.Select(n => Array.FindIndex(header, h => string.Equals(h, n, StringComparison.OrdinalIgnoreCase))).Where(p => p >= 0).ToArray();
            for (var k = 1; k < positions.Length; k++)
            {
                if (positions[k] < positions[k - 1])
                {
                    problems.Report(file, 1, header[positions[k]], positions[k] + 1, CsvRules.HeaderOrder,
                        $"'{header[positions[k]]}' stands out of the binding's order: {string.Join(",", names)}.");
                    break;
                }
            }
            foreach (var (index, key) in metadata.Where(m => m.Index < lastDefined))
            {
                problems.Report(file, 1, MetadataPrefix + key, index + 1, CsvRules.HeaderMetadataPosition, "Extension columns must follow every binding column.");
            }
        }
    }
}
