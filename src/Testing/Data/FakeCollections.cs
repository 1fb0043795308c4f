using System;
using System.Collections.Generic;

namespace OneRoster.Testing
{
    /// <summary>
    /// The names of the record collections a <see cref="FakeDistrict"/> holds. They are the OneRoster 1.2 list
    /// envelope keys (<c>{"users": [...]}</c>), so a JSON seed file reads like a set of list answers.
    /// </summary>
    /// <remarks>
    /// Students and teachers are <see cref="Users"/> with that role; schools are <see cref="Orgs"/> of type
    /// <c>school</c>; terms and grading periods are <see cref="AcademicSessions"/> of that type. The aliases
    /// <c>schools</c>, <c>students</c>, <c>teachers</c>, <c>terms</c> and <c>gradingPeriods</c> are accepted
    /// wherever a collection name is, and fill in the type or role when a record lacks it.
    /// </remarks>
    public static class FakeCollections
    {
        /// <summary>Organizations: the district, schools, departments.</summary>
        public const string Orgs = "orgs";

        /// <summary>School years, semesters, terms and grading periods.</summary>
        public const string AcademicSessions = "academicSessions";

        /// <summary>Courses.</summary>
        public const string Courses = "courses";

        /// <summary>Classes (sections of a course).</summary>
        public const string Classes = "classes";

        /// <summary>Users of every role.</summary>
        public const string Users = "users";

        /// <summary>Enrollments of users in classes.</summary>
        public const string Enrollments = "enrollments";

        /// <summary>Demographics records; each shares its sourcedId with its user.</summary>
        public const string Demographics = "demographics";

        /// <summary>Timeback course components (units, lessons).</summary>
        public const string CourseComponents = "courseComponents";

        /// <summary>Timeback resources attached to course components.</summary>
        public const string ComponentResources = "componentResources";

        /// <summary>Gradebook line items.</summary>
        public const string LineItems = "lineItems";

        /// <summary>Gradebook results.</summary>
        public const string Results = "results";

        /// <summary>Gradebook categories.</summary>
        public const string Categories = "categories";

        /// <summary>Gradebook score scales.</summary>
        public const string ScoreScales = "scoreScales";

        /// <summary>Gradebook assessment line items.</summary>
        public const string AssessmentLineItems = "assessmentLineItems";

        /// <summary>Gradebook assessment results.</summary>
        public const string AssessmentResults = "assessmentResults";

        /// <summary>Resources.</summary>
        public const string Resources = "resources";

        /// <summary>Every collection name, in the order the seed generator fills them.</summary>
        public static IReadOnlyList<string> All { get; } = Array.AsReadOnly(new[]
        {
            Orgs, AcademicSessions, Courses, Classes, Users, Enrollments, Demographics, CourseComponents,
            ComponentResources, Categories, ScoreScales, LineItems, Results, AssessmentLineItems, AssessmentResults, Resources,
        });
    }
}
