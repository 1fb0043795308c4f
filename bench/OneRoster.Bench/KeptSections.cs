using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace OneRoster.Bench
{
    /// <summary>
    /// The parts of bench/results.md a run of the speed and CSV scenarios does not write and must keep: the sync section
    /// (written by <c>--scenario sync</c>) and blocks written by hand after a run, between <c>&lt;!-- kept: NAME --&gt;</c> and
    /// <c>&lt;!-- end of kept: NAME --&gt;</c> (notes on what a run showed, one-off measurements such as issue 16's).
    /// </summary>
    internal static partial class KeptSections
    {
        /// <summary>Every kept block of <paramref name="text"/>, markers included, in their order; empty when there is none.</summary>
        public static IReadOnlyList<string> Of(string text)
        {
            var kept = new List<(int At, string Block)>();
            if (SyncBench.Section(text) is { } sync)
            {
                kept.Add((text.IndexOf(sync, StringComparison.Ordinal), sync));
            }
            foreach (Match block in Block().Matches(text))
            {
                kept.Add((block.Index, block.Value));
            }
            kept.Sort((x, y) => x.At.CompareTo(y.At));
            return kept.ConvertAll(k => k.Block);
        }

        [GeneratedRegex(@"<!-- kept: (?<name>[^>]+?) -->.*?<!-- end of kept: \k<name> -->", RegexOptions.Singleline)]
        private static partial Regex Block();
    }
}
