using OneRoster.Gradebook;
using OneRoster.Operations;
using OneRoster.Rostering;
using Resource = OneRoster.Resources.Resource;

namespace OneRoster
{
    // The resource areas: one row per area, naming the operationIds that serve it (see openapi/).
    public partial class OneRosterClient
    {
        private ResourceAreas? _areas;

        private ResourceAreas Areas => _areas ??= new ResourceAreas(this);

        /// <summary>All users; <c>Users["u"]</c> opens their classes, resources and demographics.</summary>
        public virtual EditableRecordCollection<User, UserScope> Users => Areas.Users;

        /// <summary>Users with the student role, as the provider serves them (read-only).</summary>
        public virtual RecordCollection<User, PersonScope> Students => Areas.Students;

        /// <summary>Users with the teacher role, as the provider serves them (read-only).</summary>
        public virtual RecordCollection<User, PersonScope> Teachers => Areas.Teachers;

        /// <summary>All classes; <c>Classes["c"]</c> opens rosters, gradebook and resources.</summary>
        public virtual EditableRecordCollection<Class, ClassScope> Classes => Areas.Classes;

        /// <summary>Orgs of type school; <c>Schools["s"]</c> opens the school's lists.</summary>
        public virtual EditableRecordCollection<Org, SchoolScope> Schools => Areas.Schools;

        /// <summary>All orgs (districts, schools, departments, ...).</summary>
        public virtual EditableRecordCollection<Org> Orgs => Areas.Orgs;

        /// <summary>All courses; <c>Courses["co"]</c> opens classes and resources.</summary>
        public virtual EditableRecordCollection<Course, CourseScope> Courses => Areas.Courses;

        /// <summary>Course components (Timeback).</summary>
        public virtual EditableRecordCollection<CourseComponent> CourseComponents => Areas.CourseComponents;

        /// <summary>Component resources (Timeback).</summary>
        public virtual EditableRecordCollection<ComponentResource> ComponentResources => Areas.ComponentResources;

        /// <summary>All enrollments.</summary>
        public virtual EditableRecordCollection<Enrollment> Enrollments => Areas.Enrollments;

        /// <summary>All academic sessions (school years, terms, grading periods, semesters).</summary>
        public virtual EditableRecordCollection<AcademicSession> AcademicSessions => Areas.AcademicSessions;

        /// <summary>Academic sessions of type term (read-only); <c>Terms["t"]</c> opens classes and grading periods.</summary>
        public virtual RecordCollection<AcademicSession, TermScope> Terms => Areas.Terms;

        /// <summary>Academic sessions of type grading period.</summary>
        public virtual EditableRecordCollection<AcademicSession> GradingPeriods => Areas.GradingPeriods;

        /// <summary>Demographics records (keyed by the user's sourcedId).</summary>
        public virtual EditableRecordCollection<Demographics> Demographics => Areas.Demographics;

        /// <summary>All line items; <c>LineItems["li"].PostResultsAsync(...)</c> posts results.</summary>
        public virtual EditableRecordCollection<LineItem, LineItemScope> LineItems => Areas.LineItems;

        /// <summary>All results.</summary>
        public virtual EditableRecordCollection<Result> Results => Areas.Results;

        /// <summary>All gradebook categories.</summary>
        public virtual EditableRecordCollection<Category> Categories => Areas.Categories;

        /// <summary>All score scales.</summary>
        public virtual EditableRecordCollection<ScoreScale> ScoreScales => Areas.ScoreScales;

        /// <summary>All assessment line items.</summary>
        public virtual EditableRecordCollection<AssessmentLineItem> AssessmentLineItems => Areas.AssessmentLineItems;

        /// <summary>All assessment results.</summary>
        public virtual EditableRecordCollection<AssessmentResult> AssessmentResults => Areas.AssessmentResults;

        /// <summary>All resources, with assignment to courses, classes and users.</summary>
        public virtual ResourceCollection Resources => Areas.Resources;

        private sealed class ResourceAreas
        {
            public ResourceAreas(OneRosterClient c)
            {
                Users = new(c, id => new UserScope(c, id), new RecordOperations("getAllUsers", "getUser", "createUser", "updateUser", "deleteUser"));
                Students = new(c, id => new PersonScope(c, "getClassesForStudent", id), new RecordOperations("getAllStudents", "getStudent"));
                Teachers = new(c, id => new PersonScope(c, "getClassesForTeacher", id), new RecordOperations("getAllTeachers", "getTeacher"));
                Classes = new(c, id => new ClassScope(c, id), new RecordOperations("getAllClasses", "getClass", "createClass", "updateClass", "deleteClass"));
                Schools = new(c, id => new SchoolScope(c, id), new RecordOperations("getAllSchools", "getSchool", "createSchool", "updateSchool", "deleteSchool"));
                Orgs = new(c, new RecordOperations("getAllOrgs", "getOrg", "createOrg", "updateOrg", "deleteOrg"));
                Courses = new(c, id => new CourseScope(c, id), new RecordOperations("getAllCourses", "getCourse", "createCourse", "putCourse", "deleteCourse"));
                CourseComponents = new(c, new RecordOperations("getAllCourseComponents", "getCourseComponent", "createCourseComponent", "putCourseComponent", "deleteCourseComponent"));
                ComponentResources = new(c, new RecordOperations("getAllComponentResources", "getComponentResource", "createComponentResource", "putComponentResource", "deleteComponentResource"));
                Enrollments = new(c, new RecordOperations("getAllEnrollments", "getEnrollment", "createEnrollment", "updateEnrollment", "deleteEnrollment"));
                AcademicSessions = new(c, new RecordOperations("getAllAcademicSessions", "getAcademicSession", "postAcademicSession", "putAcademicSession", "deleteAcademicSession"));
                Terms = new(c, id => new TermScope(c, id), new RecordOperations("getAllTerms", "getTerm"));
                GradingPeriods = new(c, new RecordOperations("getAllGradingPeriods", "getGradingPeriod", "createGradingPeriod", "updateGradingPeriod", "deleteGradingPeriod"));
                Demographics = new(c, new RecordOperations("getAllDemographics", "getDemographics", "postDemographics", "putDemographics", "deleteDemographics"));
                LineItems = new(c, id => new LineItemScope(c, id), new RecordOperations("getAllLineItems", "getLineItem", "createLineItem", "putLineItem", "deleteLineItem"));
                Results = new(c, new RecordOperations("getAllResults", "getResult", "createResult", "putResult", "deleteResult"));
                Categories = new(c, new RecordOperations("getAllCategories", "getCategory", "createCategory", "putCategory", "deleteCategory"));
                ScoreScales = new(c, new RecordOperations("getAllScoreScales", "getScoreScale", "createScoreScale", "putScoreScale", "deleteScoreScale"));
                AssessmentLineItems = new(c, new RecordOperations("getAllAssessmentLineItems", "getAssessmentLineItem", "createAssessmentLineItem", "putAssessmentLineItem", "deleteAssessmentLineItem"));
                AssessmentResults = new(c, new RecordOperations("getAllAssessmentResults", "getAssessmentResult", "createAssessmentResult", "putAssessmentResult", "deleteAssessmentResult"));
                Resources = new(c, new RecordOperations("getAllResources", "getResource", "createResource", "updateResource", "deleteResource"));
            }

            public EditableRecordCollection<User, UserScope> Users { get; }
            public RecordCollection<User, PersonScope> Students { get; }
            public RecordCollection<User, PersonScope> Teachers { get; }
            public EditableRecordCollection<Class, ClassScope> Classes { get; }
            public EditableRecordCollection<Org, SchoolScope> Schools { get; }
            public EditableRecordCollection<Org> Orgs { get; }
            public EditableRecordCollection<Course, CourseScope> Courses { get; }
            public EditableRecordCollection<CourseComponent> CourseComponents { get; }
            public EditableRecordCollection<ComponentResource> ComponentResources { get; }
            public EditableRecordCollection<Enrollment> Enrollments { get; }
            public EditableRecordCollection<AcademicSession> AcademicSessions { get; }
            public RecordCollection<AcademicSession, TermScope> Terms { get; }
            public EditableRecordCollection<AcademicSession> GradingPeriods { get; }
            public EditableRecordCollection<Demographics> Demographics { get; }
            public EditableRecordCollection<LineItem, LineItemScope> LineItems { get; }
            public EditableRecordCollection<Result> Results { get; }
            public EditableRecordCollection<Category> Categories { get; }
            public EditableRecordCollection<ScoreScale> ScoreScales { get; }
            public EditableRecordCollection<AssessmentLineItem> AssessmentLineItems { get; }
            public EditableRecordCollection<AssessmentResult> AssessmentResults { get; }
            public ResourceCollection Resources { get; }
        }
    }
}
