using OneRoster.Gradebook;

namespace OneRoster
{
    /// <summary>One student within one class: <c>client.Classes["c"].Students["u"].Results</c>.</summary>
    public class ClassStudentScope : RecordScope
    {
        /// <summary>For mocking only.</summary>
        protected ClassStudentScope()
        {
        }

        internal ClassStudentScope(OneRosterClient client, string classSourcedId, string studentSourcedId)
            : base(client, classSourcedId, studentSourcedId)
        {
            Results = List<Result>("getResultsForStudentForClass");
        }

        /// <summary>The student's results in the class.</summary>
        public virtual RecordList<Result> Results { get; } = null!;
    }
}
