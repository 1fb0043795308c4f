using OneRoster.Resources;
using OneRoster.Rostering;

namespace OneRoster.Collections
{
    /// <summary>The lists nested under one course: <c>client.Courses["co-1"].Classes</c>, resources.</summary>
    public class CourseScope : RecordScope
    {
        /// <summary>For mocking only.</summary>
        protected CourseScope()
        {
        }

        internal CourseScope(ClientCore core, string courseSourcedId)
            : base(core, courseSourcedId)
        {
        }

        /// <summary>The course's classes.</summary>
        public virtual RecordList<Class> Classes => field ??= List(ClassesClient.Operations.GetClassesForCourse);

        /// <summary>The course's resources (standard or Timeback path, by provider).</summary>
        public virtual RecordList<Resource> Resources => field ??= List(Core.Provider.UsesTimebackPaths
            ? ResourcesClient.Operations.GetResourcesForCourseTimeback
            : ResourcesClient.Operations.GetResourcesForCourse);
    }
}
