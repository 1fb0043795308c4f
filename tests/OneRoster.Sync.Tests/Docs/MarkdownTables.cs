using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace OneRoster.Sync.Tests.Docs
{
    /// <summary>Reads docs/sync.md: a section by heading, the body rows of its tables.</summary>
    internal static class MarkdownTables
    {
        public static string Read(string relativePath)
        {
            var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OneRoster.Generated.sln")))
            {
                directory = directory.Parent;
            }
            Assert.That(directory, Is.Not.Null, "the repository root");
            return File.ReadAllText(Path.Combine(directory!.FullName, relativePath)).Replace("\r", string.Empty, StringComparison.Ordinal);
        }

        /// <summary>The text from a heading to the next heading of the same or a higher level.</summary>
        public static string Section(string markdown, string heading)
        {
            var start = markdown.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
            Assert.That(start, Is.GreaterThanOrEqualTo(0), $"no heading '{heading}'");
            var level = heading.TakeWhile(c => c == '#').Count();
            var next = Regex.Match(markdown[(start + heading.Length + 2)..], "^#{1," + level + "} ", RegexOptions.Multiline);
            return next.Success ? markdown.Substring(start, heading.Length + 2 + next.Index) : markdown[start..];
        }

        /// <summary>The body rows of the first table in a section, cells trimmed.</summary>
        public static List<string[]> FirstTable(string section) =>
            section.Split('\n')
                .SkipWhile(line => !line.StartsWith('|'))
                .TakeWhile(line => line.StartsWith('|'))
                .Skip(2)
                .Select(line => line.Trim().Trim('|').Split(" | ").Select(c => c.Trim()).ToArray())
                .ToList();
    }
}
