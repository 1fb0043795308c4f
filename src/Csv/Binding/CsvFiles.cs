using System;
using System.Collections.Generic;
using System.Linq;
using OneRoster.Csv.Mapping;

namespace OneRoster.Csv
{
    /// <summary>
    /// The 21 data files of the OneRoster 1.2.1 CSV binding (13 of them in 1.1), each with its columns in the binding's
    /// order and the record type its rows map to. docs/csv.md lists every column with the property it maps to.
    /// </summary>
    public static partial class CsvFiles
    {
        /// <summary>The manifest's file name.</summary>
        public const string ManifestName = "manifest.csv";

        private static IReadOnlyList<CsvFile>? _all;

        /// <summary>Every data file, in the order the manifest lists them (alphabetical, as the binding's table does).</summary>
        public static IReadOnlyList<CsvFile> All => _all ??= new CsvFile[]
        {
            AcademicSessions, Categories, Classes, ClassResources, Courses, CourseResources, Demographics, Enrollments,
            LineItemLearningObjectiveIds, LineItems, LineItemScoreScales, Orgs, Resources, ResultLearningObjectiveIds, Results,
            ResultScoreScales, Roles, ScoreScales, UserProfiles, UserResources, Users,
        };

        /// <summary>The files of a binding version (13 for 1.1, 21 for 1.2).</summary>
        public static IEnumerable<CsvFile> For(CsvVersion version) => All.Where(f => f.Since <= version);

        /// <summary>The file with this name (<c>users.csv</c>), or null.</summary>
        public static CsvFile? Find(string name) => All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));

        /// <summary>The common columns, mapped onto an association record.</summary>
        private static RecordAccess<T> Association<T>() where T : CsvRecord => new(
            r => r.SourcedId, (r, v) => r.SourcedId = v, r => r.Status, (r, v) => r.Status = v,
            r => r.DateLastModified, (r, v) => r.DateLastModified = v, r => r.Metadata, (r, v) => r.Metadata = v);
    }
}
