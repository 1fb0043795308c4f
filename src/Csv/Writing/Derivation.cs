using System;
using System.Collections.Generic;
using System.IO;
using OneRoster.Csv.Mapping;
using OneRoster.Gradebook;
using OneRoster.Rostering;

namespace OneRoster.Csv.Writing
{
    /// <summary>An association file written alongside its owner's file, from each owner record (a user's roles.csv rows).</summary>
    internal interface IDerivation<in TOwner>
    {
        CsvFile File { get; }

        IDerivedTable<TOwner> Open(string directory, CsvWriterOptions options, DateTimeOffset timestamp);
    }

    internal interface IDerivedTable<in TOwner> : IDisposable
    {
        string Path { get; }

        long Rows { get; }

        void Write(TOwner owner);
    }

    internal sealed class Derivation<TOwner, TRow> : IDerivation<TOwner> where TRow : class, new()
    {
        private readonly CsvFile<TRow> _file;
        private readonly Func<TOwner, IEnumerable<TRow>> _rows;

        public Derivation(CsvFile<TRow> file, Func<TOwner, IEnumerable<TRow>> rows)
        {
            _file = file;
            _rows = rows;
        }

        public CsvFile File => _file;

        public IDerivedTable<TOwner> Open(string directory, CsvWriterOptions options, DateTimeOffset timestamp) =>
            new Table(new TableWriter<TRow>(System.IO.Path.Combine(directory, _file.Name), _file, options, timestamp), _rows);

        private sealed class Table : IDerivedTable<TOwner>
        {
            private readonly TableWriter<TRow> _writer;
            private readonly Func<TOwner, IEnumerable<TRow>> _rows;

            public Table(TableWriter<TRow> writer, Func<TOwner, IEnumerable<TRow>> rows)
            {
                _writer = writer;
                _rows = rows;
            }

            public string Path => _writer.Path;

            public long Rows => _writer.Rows;

            public void Write(TOwner owner)
            {
                foreach (var row in _rows(owner))
                {
                    _writer.Write(row);
                }
            }

            public void Dispose() => _writer.Dispose();
        }
    }

    /// <summary>Which association files each owner file writes (see <see cref="CsvWriterOptions.WriteAssociations"/>).</summary>
    internal static class Derivations
    {
        public static IReadOnlyList<IDerivation<T>> For<T>(CsvFile<T> file) where T : class, new()
        {
            object derivations = (object)file switch
            {
                _ when ReferenceEquals(file, CsvFiles.Users) => new IDerivation<User>[]
                {
                    new Derivation<User, CsvRole>(CsvFiles.Roles, Associations.Roles),
                    new Derivation<User, CsvUserProfile>(CsvFiles.UserProfiles, Associations.Profiles),
                    new Derivation<User, CsvUserResource>(CsvFiles.UserResources, Associations.Resources),
                },
                _ when ReferenceEquals(file, CsvFiles.Classes) => new IDerivation<Class>[] { new Derivation<Class, CsvClassResource>(CsvFiles.ClassResources, Associations.Resources) },
                _ when ReferenceEquals(file, CsvFiles.Courses) => new IDerivation<Course>[] { new Derivation<Course, CsvCourseResource>(CsvFiles.CourseResources, Associations.Resources) },
                _ when ReferenceEquals(file, CsvFiles.LineItems) => new IDerivation<LineItem>[]
                {
                    new Derivation<LineItem, CsvLineItemScoreScale>(CsvFiles.LineItemScoreScales, Associations.ScoreScales),
                    new Derivation<LineItem, CsvLineItemLearningObjective>(CsvFiles.LineItemLearningObjectiveIds, Associations.LearningObjectives),
                },
                _ when ReferenceEquals(file, CsvFiles.Results) => new IDerivation<Result>[]
                {
                    new Derivation<Result, CsvResultScoreScale>(CsvFiles.ResultScoreScales, Associations.ScoreScales),
                    new Derivation<Result, CsvResultLearningObjective>(CsvFiles.ResultLearningObjectiveIds, Associations.LearningObjectives),
                },
                _ => Array.Empty<IDerivation<T>>(),
            };
            return (IReadOnlyList<IDerivation<T>>)derivations;
        }
    }
}
