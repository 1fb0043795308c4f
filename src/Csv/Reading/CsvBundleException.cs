using System;

namespace OneRoster.Csv
{
    /// <summary>A bundle (or a record being written) breaks a rule of the binding; <see cref="Problem"/> says where and which.</summary>
    public class CsvBundleException : Exception
    {
        /// <summary>Creates the exception for a problem.</summary>
        public CsvBundleException(CsvProblem problem)
            : base((problem ?? throw new ArgumentNullException(nameof(problem))).ToString())
        {
            Problem = problem;
        }

        /// <summary>For mocking and serialization only.</summary>
        protected CsvBundleException()
        {
            Problem = new CsvProblem(string.Empty, 0, null, 0, string.Empty, string.Empty);
        }

        /// <summary>The file, line, column and rule.</summary>
        public CsvProblem Problem { get; }
    }
}
