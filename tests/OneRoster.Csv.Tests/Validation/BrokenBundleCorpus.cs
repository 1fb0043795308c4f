using System;
using System.Collections.Generic;
using OneRoster.Csv.Tests.Support;

namespace OneRoster.Csv.Tests.Validation
{
    /// <summary>One broken bundle: the valid sample with one rule broken, and where the validator must find it.</summary>
    public sealed record BrokenBundle(string Name, Action<SampleBundle> Break, string File, int Line, string? Column, int ColumnNumber, string Rule, bool Zip = false)
    {
        public override string ToString() => Name;
    }

    /// <summary>The corpus: every error rule of <see cref="CsvRules"/> a bundle can break, one bundle per fault.</summary>
    internal static class BrokenBundleCorpus
    {
        private const string Users = "users.csv";
        private const string Manifest = "manifest.csv";

        public static IEnumerable<BrokenBundle> All() => new BrokenBundle[]
        {
            new("no manifest", b => b.Remove(Manifest), Manifest, 0, null, 0, CsvRules.ManifestMissing),
            new("manifest header misnamed", b => b.Set(Manifest, 1, "propertyName", "property"), Manifest, 1, null, 0, CsvRules.ManifestHeader),
            new("manifest row with one field", b => b[Manifest].Add(new[] { "file.extra" }), Manifest, 27, null, 0, CsvRules.ManifestRow),
            new("manifest lacks a file row", b => b[Manifest].RemoveAll(r => r[0] == "file.userResources"), Manifest, 0, null, 0, CsvRules.ManifestPropertyMissing),
            new("manifest property twice", b => b[Manifest].Add(new[] { "source.systemName", "Other" }), Manifest, 27, "propertyName", 1, CsvRules.ManifestPropertyDuplicate),
            new("manifest version 2.0", b => b.Manifest("manifest.version", "2.0"), Manifest, 2, "value", 2, CsvRules.ManifestValue),
            new("declared file missing", b => b.Manifest("file.userProfiles", "bulk"), Manifest, 22, "value", 2, CsvRules.ManifestFileMissing),
            new("present file declared absent", b => b.Manifest("file.classResources", "absent"), Manifest, 7, "value", 2, CsvRules.ManifestFileUndeclared),
            new("files in a folder of the zip", b => b.Bytes("sis-export/readme.txt", new byte[] { 0x41 }), "sis-export/readme.txt", 0, null, 0, CsvRules.BundleNested, Zip: true),
            new("empty file", b => b.Bytes("classResources.csv", Array.Empty<byte>()), "classResources.csv", 0, null, 0, CsvRules.FileEmpty),
            new("header without rows", b => b["classResources.csv"].RemoveAt(1), "classResources.csv", 1, null, 0, CsvRules.FileNoRows),
            new("invalid UTF-8", b => InvalidByte(b, Users, "Blair"), Users, 4, "givenName", 7, CsvRules.FileEncoding),
            new("column missing", b => Truncate(b, "orgs.csv", 6), "orgs.csv", 1, "parentSourcedId", 0, CsvRules.HeaderMissing),
            new("columns swapped", b => b["users.csv"].ForEach(r => (r[6], r[7]) = (r[7], r[6])), Users, 1, "familyName", 7, CsvRules.HeaderOrder),
            new("header in the wrong case", b => b.Set(Users, 1, "givenName", "GivenName"), Users, 1, "GivenName", 7, CsvRules.HeaderCase),
            new("unknown column", b => Append(b, "orgs.csv", "nickname", string.Empty), "orgs.csv", 1, "nickname", 8, CsvRules.HeaderUnknown),
            new("column twice", b => Append(b, "orgs.csv", "name", "Again"), "orgs.csv", 1, "name", 8, CsvRules.HeaderDuplicate),
            new("metadata column in the middle", b => Insert(b, "orgs.csv", 3, "metadata.legacyId", "L1"), "orgs.csv", 1, "metadata.legacyId", 4, CsvRules.HeaderMetadataPosition),
            new("row one field short", b => b[Users][3] = b[Users][3][..21], Users, 4, null, 0, CsvRules.RowColumnCount),
            new("line break inside a quoted title", b => b.Raw("courses.csv", ",Algebra I,", ",\"Algebra\nI\","), "courses.csv", 2, "title", 5, CsvRules.FieldLineBreak),
            new("required value empty", b => b.Set(Users, 2, "givenName", string.Empty), Users, 2, "givenName", 7, CsvRules.ValueRequired),
            new("sourcedId with a space", b => b.Set("classResources.csv", 2, "sourcedId", "cr 1"), "classResources.csv", 2, "sourcedId", 1, CsvRules.ValueGuid),
            new("vocabulary in the wrong case", b => b.Set("classes.csv", 2, "classType", "Scheduled"), "classes.csv", 2, "classType", 8, CsvRules.ValueVocabulary),
            new("custom token without ext:", b => b.Set("roles.csv", 3, "role", "tutor"), "roles.csv", 3, "role", 6, CsvRules.ValueVocabulary),
            new("date as month/day/year", b => b.Set("academicSessions.csv", 2, "startDate", "08/01/2025"), "academicSessions.csv", 2, "startDate", 6, CsvRules.ValueDate),
            new("date-time without milliseconds", b => Delta(b, "2025-09-01T10:00:00Z"), "classResources.csv", 2, "dateLastModified", 3, CsvRules.ValueDateTime),
            new("boolean yes", b => b.Set(Users, 2, "enabledUser", "yes"), Users, 2, "enabledUser", 4, CsvRules.ValueBoolean),
            new("boolean in capitals", b => b.Set("enrollments.csv", 2, "primary", "TRUE"), "enrollments.csv", 2, "primary", 8, CsvRules.ValueBoolean),
            new("weight with a fraction", b => b.Set("categories.csv", 2, "weight", "20.5"), "categories.csv", 2, "weight", 5, CsvRules.ValueInteger),
            new("float as words", b => b.Set("lineItems.csv", 2, "resultValueMin", "zero"), "lineItems.csv", 2, "resultValueMin", 11, CsvRules.ValueFloat),
            new("school year as a range", b => b.Set("academicSessions.csv", 3, "schoolYear", "25/26"), "academicSessions.csv", 3, "schoolYear", 9, CsvRules.ValueYear),
            new("list with spaces", b => b.Set("classes.csv", 2, "periods", "1, 2"), "classes.csv", 2, "periods", 14, CsvRules.ValueList),
            new("user id without braces", b => b.Set(Users, 2, "userIds", "SIS:E1"), Users, 2, "userIds", 6, CsvRules.ValueUserId),
            new("score scale item without colon", b => b.Set("scoreScales.csv", 2, "scoreScaleValue", "{A:90},{B-80}"), "scoreScales.csv", 2, "scoreScaleValue", 9, CsvRules.ValueScoreScale),
            new("subjects and codes of different lengths", b => b.Set("courses.csv", 2, "subjects", "Mathematics,Science"), "courses.csv", 2, "subjectCodes", 10, CsvRules.ValuePairedLists),
            new("duplicate sourcedId", b => b.Set("enrollments.csv", 3, "sourcedId", "enr-1"), "enrollments.csv", 3, "sourcedId", 1, CsvRules.RecordDuplicateId),
            new("reference to a missing user", b => b.Set("enrollments.csv", 3, "userSourcedId", "usr-9"), "enrollments.csv", 3, "userSourcedId", 6, CsvRules.RecordReference),
            new("demographics of no user", b => b.Set("demographics.csv", 2, "sourcedId", "usr-8"), "demographics.csv", 2, "sourcedId", 1, CsvRules.RecordReference),
            new("agent list naming a missing user", b => b.Set(Users, 3, "agentSourcedIds", "usr-3,usr-7"), Users, 3, "agentSourcedIds", 14, CsvRules.RecordReference),
            new("school reference to a district", b => b.Set("classes.csv", 2, "schoolSourcedId", "org-1"), "classes.csv", 2, "schoolSourcedId", 10, CsvRules.RecordReferenceType),
            new("status in a bulk file", b => b.Set("orgs.csv", 2, "status", "active"), "orgs.csv", 2, "status", 2, CsvRules.BulkStatus),
            new("dateLastModified in a bulk file", b => b.Set("orgs.csv", 3, "dateLastModified", "2025-09-01T10:00:00.000Z"), "orgs.csv", 3, "dateLastModified", 3, CsvRules.BulkDateLastModified),
            new("delta row without status", b => Delta(b, "2025-09-01T10:00:00.000Z", status: string.Empty), "classResources.csv", 2, "status", 2, CsvRules.DeltaStatus),
            new("delta row with status inactive", b => Delta(b, "2025-09-01T10:00:00.000Z", status: "inactive"), "classResources.csv", 2, "status", 2, CsvRules.DeltaStatus),
            new("delta row without dateLastModified", b => Delta(b, string.Empty), "classResources.csv", 2, "dateLastModified", 3, CsvRules.DeltaDateLastModified),
        };

        /// <summary>classResources.csv as a delta file with one row.</summary>
        private static void Delta(SampleBundle bundle, string modified, string status = "active")
        {
            bundle.Manifest("file.classResources", "delta");
            bundle.Set("classResources.csv", 2, "status", status);
            bundle.Set("classResources.csv", 2, "dateLastModified", modified);
        }

        private static void Truncate(SampleBundle bundle, string file, int columns)
        {
            var table = bundle[file];
            for (var i = 0; i < table.Count; i++)
            {
                table[i] = table[i][..columns];
            }
        }

        /// <summary>Replaces one byte inside a word with 0xFF, which is never valid UTF-8.</summary>
        private static void InvalidByte(SampleBundle bundle, string file, string word)
        {
            var bytes = bundle.Encode(file);
            var at = System.Text.Encoding.UTF8.GetString(bytes).IndexOf(word, StringComparison.Ordinal);
            bytes[at + 2] = 0xFF;
            bundle.Bytes(file, bytes);
        }

        private static void Append(SampleBundle bundle, string file, string header, string value) => Insert(bundle, file, bundle[file][0].Length, header, value);

        private static void Insert(SampleBundle bundle, string file, int at, string header, string value)
        {
            var table = bundle[file];
            for (var i = 0; i < table.Count; i++)
            {
                var row = new List<string>(table[i]);
                row.Insert(at, i == 0 ? header : value);
                table[i] = row.ToArray();
            }
        }
    }
}
