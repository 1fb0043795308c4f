using System;
using OneRoster.Collections;
using OneRoster.Gradebook;
using OneRoster.Operations;
using OneRoster.Resources;
using OneRoster.Rostering;

namespace OneRoster
{
    // The resource areas: one declaration each, naming the generated operations that serve it (see openapi/).
    public partial class OneRosterClient
    {
        /// <summary>All users; <c>Users["u"]</c> opens their classes, resources and demographics.</summary>
        public virtual EditableRecordCollection<User, UserScope> Users => field ??= Editable(
            UsersClient.Operations.GetAllUsers, UsersClient.Operations.GetUser,
            UsersClient.Operations.CreateUser, UsersClient.Operations.UpdateUser, UsersClient.Operations.DeleteUser,
            id => new UserScope(Core, id));

        /// <summary>Users with the student role, as the provider serves them (read-only).</summary>
        public virtual RecordCollection<User, PersonScope> Students => field ??= ReadOnly(
            StudentsClient.Operations.GetAllStudents, StudentsClient.Operations.GetStudent,
            id => new PersonScope(Core, ClassesClient.Operations.GetClassesForStudent, id));

        /// <summary>Users with the teacher role, as the provider serves them (read-only).</summary>
        public virtual RecordCollection<User, PersonScope> Teachers => field ??= ReadOnly(
            TeachersClient.Operations.GetAllTeachers, TeachersClient.Operations.GetTeacher,
            id => new PersonScope(Core, ClassesClient.Operations.GetClassesForTeacher, id));

        /// <summary>All classes; <c>Classes["c"]</c> opens rosters, gradebook and resources.</summary>
        public virtual EditableRecordCollection<Class, ClassScope> Classes => field ??= Editable(
            ClassesClient.Operations.GetAllClasses, ClassesClient.Operations.GetClass,
            ClassesClient.Operations.CreateClass, ClassesClient.Operations.UpdateClass, ClassesClient.Operations.DeleteClass,
            id => new ClassScope(Core, id));

        /// <summary>Orgs of type school; <c>Schools["s"]</c> opens the school's lists.</summary>
        public virtual EditableRecordCollection<Org, SchoolScope> Schools => field ??= Editable(
            SchoolsClient.Operations.GetAllSchools, SchoolsClient.Operations.GetSchool,
            SchoolsClient.Operations.CreateSchool, SchoolsClient.Operations.UpdateSchool, SchoolsClient.Operations.DeleteSchool,
            id => new SchoolScope(Core, id));

        /// <summary>All orgs (districts, schools, departments, ...).</summary>
        public virtual EditableRecordCollection<Org> Orgs => field ??= Editable(
            OrgsClient.Operations.GetAllOrgs, OrgsClient.Operations.GetOrg,
            OrgsClient.Operations.CreateOrg, OrgsClient.Operations.UpdateOrg, OrgsClient.Operations.DeleteOrg);

        /// <summary>All courses; <c>Courses["co"]</c> opens classes and resources.</summary>
        public virtual EditableRecordCollection<Course, CourseScope> Courses => field ??= Editable(
            CoursesClient.Operations.GetAllCourses, CoursesClient.Operations.GetCourse,
            CoursesClient.Operations.CreateCourse, CoursesClient.Operations.PutCourse, CoursesClient.Operations.DeleteCourse,
            id => new CourseScope(Core, id));

        /// <summary>Course components (Timeback).</summary>
        public virtual EditableRecordCollection<CourseComponent> CourseComponents => field ??= Editable(
            CourseComponentsClient.Operations.GetAllCourseComponents, CourseComponentsClient.Operations.GetCourseComponent,
            CourseComponentsClient.Operations.CreateCourseComponent, CourseComponentsClient.Operations.PutCourseComponent, CourseComponentsClient.Operations.DeleteCourseComponent);

        /// <summary>Component resources (Timeback).</summary>
        public virtual EditableRecordCollection<ComponentResource> ComponentResources => field ??= Editable(
            ComponentResourcesClient.Operations.GetAllComponentResources, ComponentResourcesClient.Operations.GetComponentResource,
            ComponentResourcesClient.Operations.CreateComponentResource, ComponentResourcesClient.Operations.PutComponentResource, ComponentResourcesClient.Operations.DeleteComponentResource);

        /// <summary>All enrollments.</summary>
        public virtual EditableRecordCollection<Enrollment> Enrollments => field ??= Editable(
            EnrollmentsClient.Operations.GetAllEnrollments, EnrollmentsClient.Operations.GetEnrollment,
            EnrollmentsClient.Operations.CreateEnrollment, EnrollmentsClient.Operations.UpdateEnrollment, EnrollmentsClient.Operations.DeleteEnrollment);

        /// <summary>All academic sessions (school years, terms, grading periods, semesters).</summary>
        public virtual EditableRecordCollection<AcademicSession> AcademicSessions => field ??= Editable(
            AcademicSessionsClient.Operations.GetAllAcademicSessions, AcademicSessionsClient.Operations.GetAcademicSession,
            AcademicSessionsClient.Operations.PostAcademicSession, AcademicSessionsClient.Operations.PutAcademicSession, AcademicSessionsClient.Operations.DeleteAcademicSession);

        /// <summary>Academic sessions of type term (read-only); <c>Terms["t"]</c> opens classes and grading periods.</summary>
        public virtual RecordCollection<AcademicSession, TermScope> Terms => field ??= ReadOnly(
            TermsClient.Operations.GetAllTerms, TermsClient.Operations.GetTerm, id => new TermScope(Core, id));

        /// <summary>Academic sessions of type grading period.</summary>
        public virtual EditableRecordCollection<AcademicSession> GradingPeriods => field ??= Editable(
            GradingPeriodsClient.Operations.GetAllGradingPeriods, GradingPeriodsClient.Operations.GetGradingPeriod,
            GradingPeriodsClient.Operations.CreateGradingPeriod, GradingPeriodsClient.Operations.UpdateGradingPeriod, GradingPeriodsClient.Operations.DeleteGradingPeriod);

        /// <summary>Demographics records (keyed by the user's sourcedId).</summary>
        public virtual EditableRecordCollection<Demographics> Demographics => field ??= Editable(
            DemographicsClient.Operations.GetAllDemographics, DemographicsClient.Operations.GetDemographics,
            DemographicsClient.Operations.PostDemographics, DemographicsClient.Operations.PutDemographics, DemographicsClient.Operations.DeleteDemographics);

        /// <summary>All line items; <c>LineItems["li"].PostResultsAsync(...)</c> posts results.</summary>
        public virtual EditableRecordCollection<LineItem, LineItemScope> LineItems => field ??= Editable(
            LineItemsClient.Operations.GetAllLineItems, LineItemsClient.Operations.GetLineItem,
            LineItemsClient.Operations.CreateLineItem, LineItemsClient.Operations.PutLineItem, LineItemsClient.Operations.DeleteLineItem,
            id => new LineItemScope(Core, id));

        /// <summary>All results.</summary>
        public virtual EditableRecordCollection<Result> Results => field ??= Editable(
            ResultsClient.Operations.GetAllResults, ResultsClient.Operations.GetResult,
            ResultsClient.Operations.CreateResult, ResultsClient.Operations.PutResult, ResultsClient.Operations.DeleteResult);

        /// <summary>All gradebook categories.</summary>
        public virtual EditableRecordCollection<Category> Categories => field ??= Editable(
            CategoriesClient.Operations.GetAllCategories, CategoriesClient.Operations.GetCategory,
            CategoriesClient.Operations.CreateCategory, CategoriesClient.Operations.PutCategory, CategoriesClient.Operations.DeleteCategory);

        /// <summary>All score scales.</summary>
        public virtual EditableRecordCollection<ScoreScale> ScoreScales => field ??= Editable(
            ScoreScalesClient.Operations.GetAllScoreScales, ScoreScalesClient.Operations.GetScoreScale,
            ScoreScalesClient.Operations.CreateScoreScale, ScoreScalesClient.Operations.PutScoreScale, ScoreScalesClient.Operations.DeleteScoreScale);

        /// <summary>All assessment line items.</summary>
        public virtual EditableRecordCollection<AssessmentLineItem> AssessmentLineItems => field ??= Editable(
            AssessmentLineItemsClient.Operations.GetAllAssessmentLineItems, AssessmentLineItemsClient.Operations.GetAssessmentLineItem,
            AssessmentLineItemsClient.Operations.CreateAssessmentLineItem, AssessmentLineItemsClient.Operations.PutAssessmentLineItem, AssessmentLineItemsClient.Operations.DeleteAssessmentLineItem);

        /// <summary>All assessment results.</summary>
        public virtual EditableRecordCollection<AssessmentResult> AssessmentResults => field ??= Editable(
            AssessmentResultsClient.Operations.GetAllAssessmentResults, AssessmentResultsClient.Operations.GetAssessmentResult,
            AssessmentResultsClient.Operations.CreateAssessmentResult, AssessmentResultsClient.Operations.PutAssessmentResult, AssessmentResultsClient.Operations.DeleteAssessmentResult);

        /// <summary>All resources, with assignment to courses, classes and users.</summary>
        public virtual ResourceCollection Resources => field ??= new ResourceCollection(
            Core,
            Core.List(ResourcesClient.Operations.GetAllResources),
            Reader(ResourcesClient.Operations.GetAllResources, ResourcesClient.Operations.GetResource),
            Writer(ResourcesClient.Operations.GetResource, ResourcesClient.Operations.CreateResource, ResourcesClient.Operations.UpdateResource, ResourcesClient.Operations.DeleteResource));

        private EditableRecordCollection<T> Editable<TSet, TSingle, T>(
            ListOperation<TSet, T> list, ReadOperation<TSingle, T> get, WriteOperation<TSingle> create, WriteOperation<TSingle> put, Operation delete)
            where T : class =>
            new(Core.List(list), Reader(list, get), Writer(get, create, put, delete));

        private EditableRecordCollection<T, TScope> Editable<TSet, TSingle, T, TScope>(
            ListOperation<TSet, T> list, ReadOperation<TSingle, T> get, WriteOperation<TSingle> create, WriteOperation<TSingle> put, Operation delete, Func<string, TScope> openScope)
            where T : class =>
            new(Core.List(list), Reader(list, get), Writer(get, create, put, delete), openScope);

        private RecordCollection<T, TScope> ReadOnly<TSet, TSingle, T, TScope>(ListOperation<TSet, T> list, ReadOperation<TSingle, T> get, Func<string, TScope> openScope)
            where T : class =>
            new(Core.List(list), Reader(list, get), openScope);

        private RecordReader<TSingle, T> Reader<TSet, TSingle, T>(ListOperation<TSet, T> list, ReadOperation<TSingle, T> get) =>
            new(Core, get, Array.Empty<string>(), new CollectionProbe(Core, list.Id,
                () => list.CreateRequest(Core.RootOf(list), Array.Empty<string>(), new QueryArguments(Limit: 1))));

        // Creates and replacements take the record in the envelope the read answers with, so the read's envelope wraps it.
        private RecordWriter<TSingle, T> Writer<TSingle, T>(ReadOperation<TSingle, T> get, WriteOperation<TSingle> create, WriteOperation<TSingle> put, Operation delete) =>
            new(Core, get.Envelope, create, put, delete, Array.Empty<string>());
    }
}
