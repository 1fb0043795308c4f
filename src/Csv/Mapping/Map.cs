using System;
using System.Collections.Generic;
using System.Linq;
using OneRoster.Csv.Binding;
using OneRoster.Gradebook;
using OneRoster.Rostering;

namespace OneRoster.Csv.Mapping
{
    /// <summary>
    /// Builds the column maps of one record type, one helper per binding value type. Each helper pairs the binding
    /// facts (header, requirement, type, vocabulary, target) with the property it maps to and how its text converts.
    /// </summary>
    internal static class Map<T>
    {
        /// <summary><c>sourcedId</c>, <c>status</c>, <c>dateLastModified</c>.</summary>
        public static ColumnMap<T>[] Common(RecordAccess<T> a, IReadOnlyList<string>? statusValues = null) => new[]
        {
            Text("sourcedId", CsvRequirement.Required, "SourcedId", a.Id, a.SetId, CsvValueType.Guid),
            Enum("status", CsvRequirement.RequiredInDelta, "Status", a.Status, a.SetStatus, statusValues ?? Vocabulary.Status, extensible: false),
            Timestamp("dateLastModified", CsvRequirement.RequiredInDelta, "DateLastModified", a.Modified, a.SetModified),
        };

        public static ColumnMap<T> Text(string header, CsvRequirement requirement, string property, Func<T, string?> get, Action<T, string?> set, CsvValueType type = CsvValueType.String) =>
            new(Column(header, requirement, type, property), get, (r, text, _) => set(r, text));

        public static ColumnMap<T> Enum(string header, CsvRequirement requirement, string property, Func<T, string?> get, Action<T, string?> set, IReadOnlyList<string> values, bool extensible) =>
            new(Column(header, requirement, CsvValueType.Enumeration, property, values: values, extensible: extensible), get, (r, text, _) => set(r, text));

        /// <summary>True/false columns, which the DTOs hold as the strings <c>"true"</c>/<c>"false"</c>.</summary>
        public static ColumnMap<T> Boolean(string header, CsvRequirement requirement, string property, Func<T, string?> get, Action<T, string?> set) =>
            new(Column(header, requirement, CsvValueType.Boolean, property, values: Vocabulary.Booleans), get, (r, text, problem) =>
            {
                // Spreadsheets write TRUE/FALSE; the value is clear, so it maps (the validator still reports the case).
                if (string.Equals(text, "true", StringComparison.OrdinalIgnoreCase) || string.Equals(text, "false", StringComparison.OrdinalIgnoreCase))
                {
                    set(r, text.ToLowerInvariant());
                }
                else
                {
                    problem(CsvRules.ValueBoolean, $"'{text}' is not true or false.");
                }
            });

        public static ColumnMap<T> Date(string header, CsvRequirement requirement, string property, Func<T, DateOnly?> get, Action<T, DateOnly?> set) =>
            new(Column(header, requirement, CsvValueType.Date, property), r => CsvText.Date(get(r)), (r, text, problem) =>
            {
                if (CsvText.TryDate(text, out var date))
                {
                    set(r, date);
                }
                else
                {
                    problem(CsvRules.ValueDate, $"'{text}' is not a date YYYY-MM-DD.");
                }
            });

        /// <summary>A CSV date held in a date-time property (line items' assign and due dates): midnight UTC on read.</summary>
        public static ColumnMap<T> DateOfTimestamp(string header, CsvRequirement requirement, string property, Func<T, DateTimeOffset?> get, Action<T, DateTimeOffset?> set) =>
            new(Column(header, requirement, CsvValueType.Date, property), r => CsvText.Date(get(r)), (r, text, problem) =>
            {
                if (CsvText.TryDateOrTimestamp(text, out var value))
                {
                    set(r, value);
                }
                else
                {
                    problem(CsvRules.ValueDate, $"'{text}' is not a date YYYY-MM-DD.");
                }
            });

        public static ColumnMap<T> Timestamp(string header, CsvRequirement requirement, string property, Func<T, DateTimeOffset?> get, Action<T, DateTimeOffset?> set) =>
            new(Column(header, requirement, CsvValueType.DateTime, property), r => CsvText.Timestamp(get(r)), (r, text, problem) =>
            {
                if (CsvText.TryTimestamp(text, out var value))
                {
                    set(r, value);
                }
                else
                {
                    problem(CsvRules.ValueDateTime, $"'{text}' is not a date-time YYYY-MM-DDTHH:MM:SS.sssZ.");
                }
            });

        public static ColumnMap<T> Float(string header, CsvRequirement requirement, string property, Func<T, float?> get, Action<T, float?> set) =>
            new(Column(header, requirement, CsvValueType.Float, property), r => CsvText.Float(get(r)), (r, text, problem) =>
            {
                if (CsvText.TryFloat(text, out var value))
                {
                    set(r, value);
                }
                else
                {
                    problem(CsvRules.ValueFloat, $"'{text}' is not a decimal number.");
                }
            });

        /// <summary>The binding's integer held in a float property (<c>categories.weight</c>).</summary>
        public static ColumnMap<T> Integer(string header, CsvRequirement requirement, string property, Func<T, float?> get, Action<T, float?> set) =>
            new(Column(header, requirement, CsvValueType.Integer, property), r => CsvText.Integer(get(r)), (r, text, problem) =>
            {
                if (CsvText.TryFloat(text, out var value))
                {
                    set(r, value);
                }
                else
                {
                    problem(CsvRules.ValueInteger, $"'{text}' is not an integer.");
                }
            });

        public static ColumnMap<T> Year(string header, CsvRequirement requirement, string property, Func<T, string?> get, Action<T, string?> set) =>
            new(Column(header, requirement, CsvValueType.Year, property), get, (r, text, _) => set(r, text));

        /// <summary>A reference held as a GuidRef; reading fills its type from the target file.</summary>
        public static ColumnMap<T> Ref(string header, CsvRequirement requirement, string property, string target, Func<T, GuidRef?> get, Action<T, GuidRef?> set) =>
            new(Column(header, requirement, CsvValueType.GuidReference, property, target), r => get(r)?.SourcedId, (r, text, _) => set(r, References.To(target, text)));

        /// <summary>A reference held as a plain sourcedId (the <c>Csv…</c> association records).</summary>
        public static ColumnMap<T> RefId(string header, CsvRequirement requirement, string property, string target, Func<T, string?> get, Action<T, string?> set) =>
            new(Column(header, requirement, CsvValueType.GuidReference, property, target), get, (r, text, _) => set(r, text));

        public static ColumnMap<T> RefList(string header, CsvRequirement requirement, string property, string target, Func<T, List<GuidRef>?> get, Action<T, List<GuidRef>?> set) =>
            new(Column(header, requirement, CsvValueType.GuidReferenceList, property, target), r => CsvText.Join(get(r)?.Select(g => g.SourcedId)),
                (r, text, _) => set(r, CsvText.Split(text).Select(id => References.To(target, id)).ToList()));

        public static ColumnMap<T> List(string header, CsvRequirement requirement, string property, Func<T, List<string>?> get, Action<T, List<string>?> set) =>
            new(Column(header, requirement, CsvValueType.StringList, property), r => CsvText.Join(get(r)), (r, text, _) => set(r, CsvText.Split(text)));

        public static ColumnMap<T> EnumList(string header, CsvRequirement requirement, string property, Func<T, List<string>?> get, Action<T, List<string>?> set, IReadOnlyList<string> values, bool extensible) =>
            new(Column(header, requirement, CsvValueType.EnumerationList, property, values: values, extensible: extensible), r => CsvText.Join(get(r)), (r, text, _) => set(r, CsvText.Split(text)));

        public static ColumnMap<T> UserIds(string header, string property, Func<T, List<UserId>?> get, Action<T, List<UserId>?> set) =>
            new(Column(header, CsvRequirement.Optional, CsvValueType.UserIdList, property), r => CsvText.Join(get(r)?.Select(id => CsvText.Pair(id.Type, id.Identifier))),
                (r, text, problem) =>
                {
                    var ids = new List<UserId>();
                    foreach (var item in CsvText.Split(text))
                    {
                        if (CsvText.TryPair(item, out var type, out var identifier))
                        {
                            ids.Add(new UserId { Type = type, Identifier = identifier });
                        }
                        else
                        {
                            problem(CsvRules.ValueUserId, $"'{item}' is not {{type:identifier}}.");
                        }
                    }
                    set(r, ids);
                });

        public static ColumnMap<T> ScoreScaleValues(string header, string property, Func<T, List<ScoreScaleValue>?> get, Action<T, List<ScoreScaleValue>?> set) =>
            new(Column(header, CsvRequirement.Required, CsvValueType.ScoreScaleValueList, property), r => CsvText.Join(get(r)?.Select(v => CsvText.Pair(v.ItemValueLHS, v.ItemValueRHS))),
                (r, text, problem) =>
                {
                    var values = new List<ScoreScaleValue>();
                    foreach (var item in CsvText.Split(text))
                    {
                        if (CsvText.TryPair(item, out var left, out var right))
                        {
                            values.Add(new ScoreScaleValue { ItemValueLHS = left, ItemValueRHS = right });
                        }
                        else
                        {
                            problem(CsvRules.ValueScoreScale, $"'{item}' is not {{left:right}}.");
                        }
                    }
                    set(r, values);
                });

        /// <summary>A column read only (1.1 layouts, which the writer never produces).</summary>
        public static ColumnMap<T> ReadOnly(CsvColumn column, Action<T, string, CellProblem> read) => new(column, null, read);

        public static CsvColumn Column(string header, CsvRequirement requirement, CsvValueType type, string property, string? references = null, IReadOnlyList<string>? values = null, bool extensible = false) =>
            new(header, requirement, type, property, references is null ? null : references + ".csv", values, extensible);
    }
}
