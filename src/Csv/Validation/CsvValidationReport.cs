using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace OneRoster.Csv
{
    /// <summary>What <see cref="CsvBundleValidator"/> found: every problem with file, line, column and rule.</summary>
    public sealed class CsvValidationReport
    {
        internal CsvValidationReport(string path, CsvVersion version, IReadOnlyList<CsvProblem> problems, long errors, long warnings, IReadOnlyList<CsvFileSummary> files)
        {
            Path = path;
            Version = version;
            Problems = problems;
            ErrorCount = errors;
            WarningCount = warnings;
            Files = files;
        }

        /// <summary>The bundle's path.</summary>
        public string Path { get; }

        /// <summary>The binding version the bundle was checked against.</summary>
        public CsvVersion Version { get; }

        /// <summary>The problems, by file (manifest first, then the files in manifest order), line and column.</summary>
        public IReadOnlyList<CsvProblem> Problems { get; }

        /// <summary>Errors found (all of them, even beyond <see cref="CsvValidatorOptions.MaxProblems"/>).</summary>
        public long ErrorCount { get; }

        /// <summary>Warnings found.</summary>
        public long WarningCount { get; }

        /// <summary>True when the bundle has no errors (warnings allowed).</summary>
        public bool IsValid => ErrorCount == 0;

        /// <summary>True when more problems were found than <see cref="Problems"/> holds.</summary>
        public bool Truncated => Problems.Count < ErrorCount + WarningCount;

        /// <summary>The data files checked, with their manifest mode and row count.</summary>
        public IReadOnlyList<CsvFileSummary> Files { get; }

        /// <summary>The report as JSON (camelCase; see docs/csv.md for the shape).</summary>
        public string ToJson()
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
            {
                json.WriteStartObject();
                json.WriteString("path", Path);
                json.WriteString("version", Version == CsvVersion.V1_1 ? "1.1" : "1.2");
                json.WriteBoolean("valid", IsValid);
                json.WriteNumber("errors", ErrorCount);
                json.WriteNumber("warnings", WarningCount);
                json.WriteBoolean("truncated", Truncated);
                json.WriteStartArray("files");
                foreach (var file in Files)
                {
                    json.WriteStartObject();
                    json.WriteString("name", file.Name);
                    json.WriteString("mode", file.Mode.ToString().ToLowerInvariant());
                    json.WriteNumber("rows", file.Rows);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteStartArray("problems");
                foreach (var problem in Problems)
                {
                    json.WriteStartObject();
                    json.WriteString("file", problem.File);
                    json.WriteNumber("line", problem.Line);
                    if (problem.Column is null)
                    {
                        json.WriteNull("column");
                    }
                    else
                    {
                        json.WriteString("column", problem.Column);
                    }
                    json.WriteNumber("columnNumber", problem.ColumnNumber);
                    json.WriteString("rule", problem.Rule);
                    json.WriteString("severity", problem.Severity == CsvProblemSeverity.Error ? "error" : "warning");
                    json.WriteString("message", problem.Message);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            return Encoding.UTF8.GetString(buffer.ToArray());
        }

        /// <summary>The report for people: a summary line, the problems one per line, then the count per rule.</summary>
        public string ToText()
        {
            var text = new StringBuilder();
            text.Append(System.IO.Path.GetFileName(Path.TrimEnd('/', '\\'))).Append(" (OneRoster ").Append(Version == CsvVersion.V1_1 ? "1.1" : "1.2").Append("): ");
            text.Append(IsValid ? "valid" : "invalid").Append(", ").Append(ErrorCount).Append(ErrorCount == 1 ? " error, " : " errors, ")
                .Append(WarningCount).Append(WarningCount == 1 ? " warning" : " warnings").AppendLine();
            foreach (var file in Files)
            {
                text.Append("  ").Append(file.Name).Append(": ").Append(file.Mode.ToString().ToLowerInvariant()).Append(", ").Append(file.Rows).AppendLine(" rows");
            }
            foreach (var problem in Problems)
            {
                text.Append("  ").AppendLine(problem.ToString());
            }
            if (Truncated)
            {
                text.Append("  ... ").Append(ErrorCount + WarningCount - Problems.Count).AppendLine(" more not listed");
            }
            foreach (var rule in Problems.GroupBy(p => p.Rule).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
            {
                text.Append("  ").Append(rule.Key).Append(": ").Append(rule.Count()).AppendLine();
            }
            return text.ToString();
        }
    }

    /// <summary>One data file a validation checked.</summary>
    /// <param name="Name">The file name.</param>
    /// <param name="Mode">How the manifest declares it.</param>
    /// <param name="Rows">Its data rows.</param>
    public sealed record CsvFileSummary(string Name, CsvFileMode Mode, long Rows);
}
