using System.Linq;
using OneRoster.Csv.Binding;
using OneRoster.Csv.Mapping;
using OneRoster.Gradebook;
using OneRoster.Models;
using static OneRoster.Csv.CsvRequirement;

namespace OneRoster.Csv
{
    public static partial class CsvFiles
    {
        /// <summary><c>categories.csv</c> ↔ <see cref="Category"/>.</summary>
        public static CsvFile<Category> Categories { get; } = new("categories", CsvVersion.V1_1, DtoAccess.Category, new[]
        {
            Map<Category>.Text("title", Required, "Title", r => r.Title, (r, v) => r.Title = v),
            Map<Category>.Integer("weight", Optional, "Weight", r => r.Weight, (r, v) => r.Weight = v),
        }, columns11: new[]
        {
            Map<Category>.Text("title", Required, "Title", r => r.Title, (r, v) => r.Title = v),
        });

        /// <summary><c>lineItems.csv</c> ↔ <see cref="LineItem"/> (score scale and learning objectives in their own files).</summary>
        public static CsvFile<LineItem> LineItems { get; } = new("lineItems", CsvVersion.V1_1, DtoAccess.LineItem, LineItemHead().Concat(new[]
        {
            Map<LineItem>.Ref("academicSessionSourcedId", Required, "AcademicSession.SourcedId", "academicSessions", r => r.AcademicSession, (r, v) => r.AcademicSession = v),
            Map<LineItem>.Float("resultValueMin", Optional, "ResultValueMin", r => r.ResultValueMin, (r, v) => r.ResultValueMin = v),
            Map<LineItem>.Float("resultValueMax", Optional, "ResultValueMax", r => r.ResultValueMax, (r, v) => r.ResultValueMax = v),
            Map<LineItem>.Ref("schoolSourcedId", Required, "School.SourcedId", "orgs", r => r.School, (r, v) => r.School = v),
        }).ToArray(), columns11: LineItemHead().Concat(new[]
        {
            Map<LineItem>.Ref("gradingPeriodSourcedId", Required, "GradingPeriod.SourcedId", "academicSessions", r => r.GradingPeriod, (r, v) => r.GradingPeriod = v),
            Map<LineItem>.Float("resultValueMin", Required, "ResultValueMin", r => r.ResultValueMin, (r, v) => r.ResultValueMin = v),
            Map<LineItem>.Float("resultValueMax", Required, "ResultValueMax", r => r.ResultValueMax, (r, v) => r.ResultValueMax = v),
        }).ToArray());

        /// <summary><c>lineItemLearningObjectiveIds.csv</c> ↔ <see cref="CsvLineItemLearningObjective"/> (<c>LineItem.LearningObjectiveSet</c>). New in 1.2.</summary>
        public static CsvFile<CsvLineItemLearningObjective> LineItemLearningObjectiveIds { get; } = new("lineItemLearningObjectiveIds", CsvVersion.V1_2, Association<CsvLineItemLearningObjective>(), new[]
        {
            Map<CsvLineItemLearningObjective>.RefId("lineItemSourcedId", Required, "LineItemSourcedId", "lineItems", r => r.LineItemSourcedId, (r, v) => r.LineItemSourcedId = v),
            Map<CsvLineItemLearningObjective>.Enum("source", Required, "Source", r => r.Source, (r, v) => r.Source = v, Vocabulary.LearningObjectiveSources, extensible: true),
            Map<CsvLineItemLearningObjective>.Text("learningObjectiveId", Required, "LearningObjectiveId", r => r.LearningObjectiveId, (r, v) => r.LearningObjectiveId = v),
        });

        /// <summary><c>lineItemScoreScales.csv</c> ↔ <see cref="CsvLineItemScoreScale"/> (<c>LineItem.ScoreScale</c>). New in 1.2.</summary>
        public static CsvFile<CsvLineItemScoreScale> LineItemScoreScales { get; } = new("lineItemScoreScales", CsvVersion.V1_2, Association<CsvLineItemScoreScale>(), new[]
        {
            Map<CsvLineItemScoreScale>.Text("title", Optional, "Title", r => r.Title, (r, v) => r.Title = v),
            Map<CsvLineItemScoreScale>.RefId("lineItemSourcedId", Required, "LineItemSourcedId", "lineItems", r => r.LineItemSourcedId, (r, v) => r.LineItemSourcedId = v),
            Map<CsvLineItemScoreScale>.RefId("scoreScaleSourcedId", Required, "ScoreScaleSourcedId", "scoreScales", r => r.ScoreScaleSourcedId, (r, v) => r.ScoreScaleSourcedId = v),
        });

        /// <summary><c>results.csv</c> ↔ <see cref="Result"/>.</summary>
        public static CsvFile<Result> Results { get; } = new("results", CsvVersion.V1_1, DtoAccess.Result, ResultHead().Concat(new[]
        {
            Map<Result>.Float("score", Optional, "Score", r => r.Score, (r, v) => r.Score = v),
            Map<Result>.Date("scoreDate", Required, "ScoreDate", r => r.ScoreDate, (r, v) => r.ScoreDate = v),
            Map<Result>.Text("comment", Optional, "Comment", r => r.Comment, (r, v) => r.Comment = v),
            Map<Result>.Text("textScore", Optional, "TextScore", r => r.TextScore, (r, v) => r.TextScore = v),
            Map<Result>.Ref("classSourcedId", Optional, "Class.SourcedId", "classes", r => r.Class, (r, v) => r.Class = v),
            Map<Result>.Boolean("inProgress", Optional, "InProgress", r => r.InProgress, (r, v) => r.InProgress = v),
            Map<Result>.Boolean("incomplete", Optional, "Incomplete", r => r.Incomplete, (r, v) => r.Incomplete = v),
            Map<Result>.Boolean("late", Optional, "Late", r => r.Late, (r, v) => r.Late = v),
            Map<Result>.Boolean("missing", Optional, "Missing", r => r.Missing, (r, v) => r.Missing = v),
        }).ToArray(), columns11: ResultHead().Concat(new[]
        {
            Map<Result>.Float("score", Required, "Score", r => r.Score, (r, v) => r.Score = v),
            Map<Result>.Date("scoreDate", Required, "ScoreDate", r => r.ScoreDate, (r, v) => r.ScoreDate = v),
            Map<Result>.Text("comment", Optional, "Comment", r => r.Comment, (r, v) => r.Comment = v),
        }).ToArray());

        /// <summary><c>resultLearningObjectiveIds.csv</c> ↔ <see cref="CsvResultLearningObjective"/> (<c>Result.LearningObjectiveSet</c>). New in 1.2.</summary>
        public static CsvFile<CsvResultLearningObjective> ResultLearningObjectiveIds { get; } = new("resultLearningObjectiveIds", CsvVersion.V1_2, Association<CsvResultLearningObjective>(), new[]
        {
            Map<CsvResultLearningObjective>.RefId("resultSourcedId", Required, "ResultSourcedId", "results", r => r.ResultSourcedId, (r, v) => r.ResultSourcedId = v),
            Map<CsvResultLearningObjective>.Enum("source", Required, "Source", r => r.Source, (r, v) => r.Source = v, Vocabulary.LearningObjectiveSources, extensible: true),
            Map<CsvResultLearningObjective>.Text("learningObjectiveId", Required, "LearningObjectiveId", r => r.LearningObjectiveId, (r, v) => r.LearningObjectiveId = v),
            Map<CsvResultLearningObjective>.Float("score", Optional, "Score", r => r.Score, (r, v) => r.Score = v),
            Map<CsvResultLearningObjective>.Text("textScore", Optional, "TextScore", r => r.TextScore, (r, v) => r.TextScore = v),
        });

        /// <summary><c>resultScoreScales.csv</c> ↔ <see cref="CsvResultScoreScale"/> (<c>Result.ScoreScale</c>). New in 1.2.</summary>
        public static CsvFile<CsvResultScoreScale> ResultScoreScales { get; } = new("resultScoreScales", CsvVersion.V1_2, Association<CsvResultScoreScale>(), new[]
        {
            Map<CsvResultScoreScale>.Text("title", Optional, "Title", r => r.Title, (r, v) => r.Title = v),
            Map<CsvResultScoreScale>.RefId("resultSourcedId", Required, "ResultSourcedId", "results", r => r.ResultSourcedId, (r, v) => r.ResultSourcedId = v),
            Map<CsvResultScoreScale>.RefId("scoreScaleSourcedId", Required, "ScoreScaleSourcedId", "scoreScales", r => r.ScoreScaleSourcedId, (r, v) => r.ScoreScaleSourcedId = v),
        });

        /// <summary><c>scoreScales.csv</c> ↔ <see cref="ScoreScale"/> (its org travels as the unknown field <c>org</c>). New in 1.2.</summary>
        public static CsvFile<ScoreScale> ScoreScales { get; } = new("scoreScales", CsvVersion.V1_2, DtoAccess.ScoreScale, new[]
        {
            Map<ScoreScale>.Text("title", Required, "Title", r => r.Title, (r, v) => r.Title = v),
            Map<ScoreScale>.Text("type", Required, "Type", r => r.Type, (r, v) => r.Type = v),
            Map<ScoreScale>.Ref("orgSourcedId", Required, "AdditionalProperties[\"org\"].SourcedId", "orgs", ScoreScaleOrg.Get, ScoreScaleOrg.Set),
            Map<ScoreScale>.Ref("courseSourcedId", Required, "Course.SourcedId", "courses", r => r.Course, (r, v) => r.Course = v),
            Map<ScoreScale>.Ref("classSourcedId", Required, "Class.SourcedId", "classes", r => r.Class, (r, v) => r.Class = v),
            Map<ScoreScale>.ScoreScaleValues("scoreScaleValue", "ScoreScaleValue[] (ItemValueLHS, ItemValueRHS)", r => r.ScoreScaleValue, (r, v) => r.ScoreScaleValue = v),
        });

        /// <summary>The line item columns 1.1 and 1.2 share, in order.</summary>
        private static ColumnMap<LineItem>[] LineItemHead() => new[]
        {
            Map<LineItem>.Text("title", Required, "Title", r => r.Title, (r, v) => r.Title = v),
            Map<LineItem>.Text("description", Optional, "Description", r => r.Description, (r, v) => r.Description = v),
            Map<LineItem>.DateOfTimestamp("assignDate", Required, "AssignDate", r => r.AssignDate, (r, v) => r.AssignDate = v),
            Map<LineItem>.DateOfTimestamp("dueDate", Required, "DueDate", r => r.DueDate, (r, v) => r.DueDate = v),
            Map<LineItem>.Ref("classSourcedId", Required, "Class.SourcedId", "classes", r => r.Class, (r, v) => r.Class = v),
            Map<LineItem>.Ref("categorySourcedId", Required, "Category.SourcedId", "categories", r => r.Category, (r, v) => r.Category = v),
        };

        /// <summary>The result columns 1.1 and 1.2 share, in order.</summary>
        private static ColumnMap<Result>[] ResultHead() => new[]
        {
            Map<Result>.Ref("lineItemSourcedId", Required, "LineItem.SourcedId", "lineItems", r => r.LineItem, (r, v) => r.LineItem = v),
            Map<Result>.Ref("studentSourcedId", Required, "Student.SourcedId", "users", r => r.Student, (r, v) => r.Student = v),
            Map<Result>.Enum("scoreStatus", Required, "ScoreStatus", r => r.ScoreStatus, (r, v) => r.ScoreStatus = v, Vocabulary.ScoreStatus, extensible: true),
        };
    }
}
