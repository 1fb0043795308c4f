namespace OneRoster.Csv
{
    /// <summary>A row of <c>courseResources.csv</c>: a resource of a course (<c>Course.Resources</c> in REST).</summary>
    public sealed class CsvCourseResource : CsvRecord
    {
        /// <summary>A title for the link; REST does not carry it.</summary>
        public string? Title { get; set; }

        /// <summary>The course (→ courses.csv).</summary>
        public string? CourseSourcedId { get; set; }

        /// <summary>The resource (→ resources.csv).</summary>
        public string? ResourceSourcedId { get; set; }
    }
}
