using System;
using System.Linq;
using System.Text;

namespace OneRoster.Packaging.Tests.Support
{
    /// <summary>
    /// A readable account of what changed between two API listings: the common head and tail are skipped and the
    /// differing middle is shown as removed (-) and added (+) lines. Enough to review an API change in a test log.
    /// </summary>
    internal static class ApiDiff
    {
        private const int MaxLines = 80;

        public static string Describe(string approved, string received)
        {
            var before = approved.Split('\n');
            var after = received.Split('\n');
            var head = 0;
            while (head < before.Length && head < after.Length && before[head] == after[head])
            {
                head++;
            }
            var tail = 0;
            while (tail < before.Length - head && tail < after.Length - head && before[^(tail + 1)] == after[^(tail + 1)])
            {
                tail++;
            }

            var lines = before[head..^tail].Select(l => "- " + l).Concat(after[head..^tail].Select(l => "+ " + l)).ToList();
            var text = new StringBuilder($"First difference at line {head + 1}:\n");
            foreach (var line in lines.Take(MaxLines))
            {
                text.Append(line).Append('\n');
            }
            if (lines.Count > MaxLines)
            {
                text.Append(FormattableString.Invariant($"... {lines.Count - MaxLines} more changed lines (see the .received.txt file)\n"));
            }
            return text.ToString();
        }
    }
}
