using OneRoster.Rostering;

namespace OneRoster
{
    /// <summary>The lists nested under one course: <c>client.Courses["co-1"].Classes</c>, resources.</summary>
    public class CourseScope : RecordScope
    {
        /// <summary>For mocking only.</summary>
        protected CourseScope()
        {
        }

        internal CourseScope(OneRosterClient client, string courseSourcedId)
            : base(client, courseSourcedId)
        {
            Classes = List<Class>("getClassesForCourse");
            Resources = List<OneRoster.Resources.Resource>(client.Provider.ResourceListOperation("getResourcesForCourse"));
        }

        /// <summary>The course's classes.</summary>
        public virtual RecordList<Class> Classes { get; } = null!;

        /// <summary>The course's resources (standard or Timeback path, by provider).</summary>
        public virtual RecordList<OneRoster.Resources.Resource> Resources { get; } = null!;
    }
}
