using OneRoster.Gradebook;

namespace OneRoster.Collections
{
    /// <summary>One student within one class: <c>client.Classes["c"].Students["u"].Results</c>.</summary>
    public class ClassStudentScope : RecordScope
    {
        /// <summary>For mocking only.</summary>
        protected ClassStudentScope()
        {
        }

        internal ClassStudentScope(ClientCore core, string classSourcedId, string studentSourcedId)
            : base(core, classSourcedId, studentSourcedId)
        {
        }

        /// <summary>The student's results in the class.</summary>
        public virtual RecordList<Result> Results => field ??= List(ResultsClient.Operations.GetResultsForStudentForClass);
    }
}
