using System;
using System.Linq;
using OneRoster.Csv.Binding;
using OneRoster.Csv.Mapping;

namespace OneRoster.Csv.Validation
{
    /// <summary>The binding's rules for one cell, from the column's facts alone: requirement, bulk/delta, type, vocabulary.</summary>
    internal static class CellRules
    {
        /// <summary>The rule the text breaks and why, or null when it conforms.</summary>
        public static (string Rule, string Message)? Check(CsvColumn column, string text, CsvFileMode mode, CsvVersion version)
        {
            if (column.Requirement == CsvRequirement.RequiredInDelta)
            {
                return InDelta(column, text, mode, version);
            }
            if (text.Length == 0)
            {
                return column.Requirement == CsvRequirement.Required ? (CsvRules.ValueRequired, $"{column.Header} is required.") : null;
            }
            return Format(column, text, version);
        }

        private static (string Rule, string Message)? InDelta(CsvColumn column, string text, CsvFileMode mode, CsvVersion version)
        {
            var isStatus = column.Header == "status";
            if (mode != CsvFileMode.Delta)
            {
                return text.Length == 0 ? null : isStatus
                    ? (CsvRules.BulkStatus, $"status must be empty in a bulk file (found '{text}').")
                    : (CsvRules.BulkDateLastModified, $"dateLastModified must be empty in a bulk file (found '{text}').");
            }
            if (text.Length == 0)
            {
                return isStatus
                    ? (CsvRules.DeltaStatus, "status is required in a delta file (active or tobedeleted).")
                    : (CsvRules.DeltaDateLastModified, "dateLastModified is required in a delta file.");
            }
            if (isStatus)
            {
                return column.Values.Contains(text, StringComparer.Ordinal) ? null : (CsvRules.DeltaStatus, $"status '{text}' is neither active nor tobedeleted.");
            }
            return Format(column, text, version);
        }

        private static (string Rule, string Message)? Format(CsvColumn column, string text, CsvVersion version)
        {
            switch (column.Type)
            {
                case CsvValueType.Guid:
                case CsvValueType.GuidReference:
                    return CsvText.IsGuid(text) ? null : (CsvRules.ValueGuid, $"'{text}' is not a sourcedId (1-255 of 0-9 A-Z a-z . - _ / @).");
                case CsvValueType.GuidReferenceList:
                    return List(text) ?? Items(text, item => CsvText.IsGuid(item), CsvRules.ValueGuid, "is not a sourcedId");
                case CsvValueType.StringList:
                    return List(text);
                case CsvValueType.Enumeration:
                    return Token(column, text);
                case CsvValueType.EnumerationList:
                    return List(text) ?? text.Split(',').Select(t => Token(column, t)).FirstOrDefault(p => p is not null);
                case CsvValueType.Boolean:
                    return text is "true" or "false" ? null : (CsvRules.ValueBoolean, $"'{text}' is not true or false (lower case).");
                case CsvValueType.Integer:
                    return CsvText.IsInteger(text) ? null : (CsvRules.ValueInteger, $"'{text}' is not an integer.");
                case CsvValueType.Float:
                    return CsvText.IsDecimal(text) ? null : (CsvRules.ValueFloat, $"'{text}' is not a decimal number.");
                case CsvValueType.Date:
                    return CsvText.IsExactDate(text) ? null : (CsvRules.ValueDate, $"'{text}' is not a date YYYY-MM-DD.");
                case CsvValueType.DateTime:
                    // 1.2.1 fixes the form; the 1.1 wording is not known, so 1.1 bundles get any ISO 8601 date-time or date.
                    return (version == CsvVersion.V1_2 ? CsvText.IsExactTimestamp(text) : CsvText.TryTimestamp(text, out _))
                        ? null
                        : (CsvRules.ValueDateTime, version == CsvVersion.V1_2 ? $"'{text}' is not YYYY-MM-DDTHH:MM:SS.sssZ." : $"'{text}' is not an ISO 8601 date-time.");
                case CsvValueType.Year:
                    return CsvText.IsYear(text) ? null : (CsvRules.ValueYear, $"'{text}' is not a year YYYY.");
                case CsvValueType.UserIdList:
                    return List(text) ?? Items(text, item => CsvText.TryPair(item, out _, out _), CsvRules.ValueUserId, "is not {type:identifier}");
                case CsvValueType.ScoreScaleValueList:
                    return List(text) ?? Items(text, item => CsvText.TryPair(item, out _, out _), CsvRules.ValueScoreScale, "is not {left:right}");
                default:
                    return null;
            }
        }

        private static (string Rule, string Message)? Token(CsvColumn column, string token)
        {
            if (column.Values.Contains(token, StringComparer.Ordinal) || (column.IsExtensible && Vocabulary.IsExtension(token)))
            {
                return null;
            }
            var hint = column.Values.FirstOrDefault(v => string.Equals(v, token, StringComparison.OrdinalIgnoreCase)) is { } cased ? $" (values are case-sensitive: '{cased}')" : string.Empty;
            var extension = column.IsExtensible ? " or an ext: token" : string.Empty;
            return (CsvRules.ValueVocabulary, $"'{token}' is not one of {string.Join(", ", column.Values)}{extension}{hint}.");
        }

        /// <summary>Lists are items joined by commas alone: no empty items, no spaces around them.</summary>
        private static (string Rule, string Message)? List(string text) =>
            text.Split(',').Any(item => item.Length == 0 || item.Trim().Length != item.Length)
                ? (CsvRules.ValueList, $"'{text}' has an empty item or spaces around an item.")
                : null;

        private static (string Rule, string Message)? Items(string text, Func<string, bool> valid, string rule, string what) =>
            text.Split(',').FirstOrDefault(item => !valid(item)) is { } bad ? (rule, $"'{bad}' {what}.") : null;
    }
}
