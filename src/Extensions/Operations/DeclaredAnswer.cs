namespace OneRoster.Operations
{
    /// <summary>One answer an operation declares in <c>openapi/</c>.</summary>
    /// <param name="Status">The HTTP status.</param>
    /// <param name="IsSuccess">Whether it is a success answer.</param>
    /// <param name="HasBody">Whether it carries a JSON body (the result type, or <c>imsx_StatusInfo</c> for errors).</param>
    /// <param name="Description">The document's description, which the generated exception carries as its message.</param>
    internal readonly record struct DeclaredAnswer(int Status, bool IsSuccess, bool HasBody, string Description);

    /// <summary>The answers one operation declares, for the generated typed methods (<see cref="GeneratedCall"/>).</summary>
    internal sealed class DeclaredAnswers
    {
        private readonly DeclaredAnswer[] _answers;

        public DeclaredAnswers(DeclaredAnswer[] answers) => _answers = answers;

        /// <summary>The declared answer for <paramref name="status"/>, or null when the operation declares none.</summary>
        public DeclaredAnswer? Find(int status)
        {
            foreach (var answer in _answers)
            {
                if (answer.Status == status)
                {
                    return answer;
                }
            }
            return null;
        }
    }
}
