using System;
using OneRoster.Testing.Protocol;
using static OneRoster.Testing.FakeCollections;

namespace OneRoster.Testing.Routing
{
    /// <summary>
    /// Every operation of the project's OpenAPI documents (openapi/rostering.yaml, gradebook.yaml, resources.yaml):
    /// method, path template and operationId exactly as declared, with the code that answers it. A test holds this
    /// table to the documents.
    /// </summary>
    internal static class OneRosterRoutes
    {
        private const string Rostering = "/ims/oneroster/rostering/v1p2";
        private const string Gradebook = "/ims/oneroster/gradebook/v1p2";
        private const string ResourcesService = "/ims/oneroster/resources/v1p2";

        public static RouteTable Build()
        {
            var table = new RouteTable();
            var routes = new Builder(table);
            AddRostering(routes);
            AddGradebook(routes);
            AddResources(routes);
            return table;
        }

        private static void AddRostering(Builder r)
        {
            const string p = Rostering;
            r.Entity(p + "/academicSessions", AcademicSessions, null, PutAnswer.Bare,
                "getAllAcademicSessions", "postAcademicSession", "getAcademicSession", "putAcademicSession", "deleteAcademicSession");
            r.Entity(p + "/classes", Classes, null, PutAnswer.Bare, "getAllClasses", "createClass", "getClass", "updateClass", "deleteClass");
            r.Entity(p + "/courses", Courses, null, PutAnswer.Envelope, "getAllCourses", "createCourse", "getCourse", "putCourse", "deleteCourse");
            r.Entity(p + "/courses/component-resources", ComponentResources, null, PutAnswer.Envelope,
                "getAllComponentResources", "createComponentResource", "getComponentResource", "putComponentResource", "deleteComponentResource");
            r.Entity(p + "/courses/components", CourseComponents, null, PutAnswer.Envelope,
                "getAllCourseComponents", "createCourseComponent", "getCourseComponent", "putCourseComponent", "deleteCourseComponent");
            r.Entity(p + "/demographics", Demographics, null, PutAnswer.Bare,
                "getAllDemographics", "postDemographics", "getDemographics", "putDemographics", "deleteDemographics");
            r.Entity(p + "/enrollments", Enrollments, null, PutAnswer.Envelope,
                "getAllEnrollments", "createEnrollment", "getEnrollment", "updateEnrollment", "deleteEnrollment");
            r.Entity(p + "/gradingPeriods", AcademicSessions, "gradingPeriods", PutAnswer.Envelope,
                "getAllGradingPeriods", "createGradingPeriod", "getGradingPeriod", "updateGradingPeriod", "deleteGradingPeriod");
            r.Entity(p + "/orgs", Orgs, null, PutAnswer.Envelope, "getAllOrgs", "createOrg", "getOrg", "updateOrg", "deleteOrg");
            r.Entity(p + "/schools", Orgs, "schools", PutAnswer.Bare, "getAllSchools", "createSchool", "getSchool", "updateSchool", "deleteSchool");
            r.Entity(p + "/users", Users, null, PutAnswer.Envelope, "getAllUsers", "createUser", "getUser", "updateUser", "deleteUser");
            r.Reads(p + "/students", Users, "students", "getAllStudents", "getStudent");
            r.Reads(p + "/teachers", Users, "teachers", "getAllTeachers", "getTeacher");
            r.Reads(p + "/terms", AcademicSessions, "terms", "getAllTerms", "getTerm");

            r.Get(p + "/classes/{classSourcedId}/students", "getStudentsForClass", q => RosterEndpoints.UsersOfClass(q, "student"));
            r.Post(p + "/classes/{classSourcedId}/students", "addStudentToClass", q => RosterEndpoints.Enroll(q, "student"));
            r.Get(p + "/classes/{classSourcedId}/teachers", "getTeachersForClass", q => RosterEndpoints.UsersOfClass(q, "teacher"));
            r.Post(p + "/classes/{classSourcedId}/teachers", "addTeacherToClass", q => RosterEndpoints.Enroll(q, "teacher"));
            r.Get(p + "/courses/{courseSourcedId}/classes", "getClassesForCourse",
                q => RosterEndpoints.Related(q, "courseSourcedId", Courses, null, Classes, "course.sourcedId"));
            r.Get(p + "/schools/{schoolSourcedId}/classes", "getClassesForSchool",
                q => RosterEndpoints.Related(q, "schoolSourcedId", Orgs, "schools", Classes, "school.sourcedId"));
            r.Get(p + "/schools/{schoolSourcedId}/classes/{classSourcedId}/enrollments", "getEnrollmentsForClassInSchool", RosterEndpoints.EnrollmentsOfClassInSchool);
            r.Get(p + "/schools/{schoolSourcedId}/classes/{classSourcedId}/students", "getStudentsForClassInSchool",
                q => RosterEndpoints.UsersOfClass(q, "student", q["schoolSourcedId"]));
            r.Get(p + "/schools/{schoolSourcedId}/classes/{classSourcedId}/teachers", "getTeachersForClassInSchool",
                q => RosterEndpoints.UsersOfClass(q, "teacher", q["schoolSourcedId"]));
            r.Get(p + "/schools/{schoolSourcedId}/courses", "getCoursesForSchool",
                q => RosterEndpoints.Related(q, "schoolSourcedId", Orgs, "schools", Courses, "org.sourcedId"));
            r.Get(p + "/schools/{schoolSourcedId}/enrollments", "getEnrollmentsForSchool",
                q => RosterEndpoints.Related(q, "schoolSourcedId", Orgs, "schools", Enrollments, "school.sourcedId"));
            r.Get(p + "/schools/{schoolSourcedId}/students", "getStudentsForSchool", q => RosterEndpoints.UsersOfSchool(q, "student"));
            r.Get(p + "/schools/{schoolSourcedId}/teachers", "getTeachersForSchool", q => RosterEndpoints.UsersOfSchool(q, "teacher"));
            r.Get(p + "/schools/{schoolSourcedId}/terms", "getTermsForSchool",
                q => RosterEndpoints.Related(q, "schoolSourcedId", Orgs, "schools", AcademicSessions, "org.sourcedId", "terms"));
            r.Get(p + "/students/{studentSourcedId}/classes", "getClassesForStudent", q => RosterEndpoints.ClassesOfUser(q, "studentSourcedId", "students"));
            r.Get(p + "/teachers/{teacherSourcedId}/classes", "getClassesForTeacher", q => RosterEndpoints.ClassesOfUser(q, "teacherSourcedId", "teachers"));
            r.Get(p + "/users/{userSourcedId}/classes", "getClassesForUser", q => RosterEndpoints.ClassesOfUser(q, "userSourcedId", null));
            r.Get(p + "/terms/{termSourcedId}/classes", "getClassesForTerm",
                q => RosterEndpoints.Related(q, "termSourcedId", AcademicSessions, "terms", Classes, "terms.sourcedId"));
            r.Get(p + "/terms/{termSourcedId}/gradingPeriods", "getGradingPeriodsForTerm",
                q => RosterEndpoints.Related(q, "termSourcedId", AcademicSessions, "terms", AcademicSessions, "parent.sourcedId", "gradingPeriods"));
            r.Post(p + "/terms/{termSourcedId}/gradingPeriods", "createGradingPeriodForTerm", RosterEndpoints.CreateGradingPeriodForTerm);
            r.Get(p + "/users/{sourcedId}/demographics", "getUserWithDemographics", RosterEndpoints.UserWithDemographics);
            r.Post(p + "/users/{userId}/credentials", "registerStudentCredentials", RosterEndpoints.RegisterCredentials);
            r.Post(p + "/users/{userId}/credentials/{credentialId}/decrypt", "decryptCredential", RosterEndpoints.DecryptCredential);
        }

        private static void AddGradebook(Builder r)
        {
            const string p = Gradebook;
            // The 1.2 binding declares only 201 for these PUTs, whether the record was created or replaced.
            const int Replaced = 201;
            r.Entity(p + "/lineItems", LineItems, null, PutAnswer.Envelope, "getAllLineItems", "createLineItem", "getLineItem", "putLineItem", "deleteLineItem", Replaced);
            r.Entity(p + "/results", Results, null, PutAnswer.Envelope, "getAllResults", "createResult", "getResult", "putResult", "deleteResult", Replaced);
            r.Entity(p + "/categories", Categories, null, PutAnswer.Envelope, "getAllCategories", "createCategory", "getCategory", "putCategory", "deleteCategory", Replaced);
            r.Entity(p + "/scoreScales", ScoreScales, null, PutAnswer.Envelope,
                "getAllScoreScales", "createScoreScale", "getScoreScale", "putScoreScale", "deleteScoreScale", Replaced);
            r.Entity(p + "/assessmentLineItems", AssessmentLineItems, null, PutAnswer.Envelope,
                "getAllAssessmentLineItems", "createAssessmentLineItem", "getAssessmentLineItem", "putAssessmentLineItem", "deleteAssessmentLineItem", Replaced);
            r.Entity(p + "/assessmentResults", AssessmentResults, null, PutAnswer.Envelope,
                "getAllAssessmentResults", "createAssessmentResult", "getAssessmentResult", "putAssessmentResult", "deleteAssessmentResult", Replaced);

            r.Get(p + "/classes/{classSourcedId}/lineItems", "getLineItemsForClass",
                q => RosterEndpoints.Related(q, "classSourcedId", Classes, null, LineItems, "class.sourcedId"));
            r.Post(p + "/classes/{classSourcedId}/lineItems", "postLineItemsForClass",
                q => GradebookEndpoints.PostLineItems(q, "classSourcedId", "class", Classes, null));
            r.Get(p + "/schools/{schoolSourcedId}/lineItems", "getLineItemsForSchool",
                q => RosterEndpoints.Related(q, "schoolSourcedId", Orgs, "schools", LineItems, "school.sourcedId"));
            r.Post(p + "/schools/{schoolSourcedId}/lineItems", "postLineItemsForSchool",
                q => GradebookEndpoints.PostLineItems(q, "schoolSourcedId", "school", Orgs, "schools"));
            r.Post(p + "/lineItems/{lineItemSourcedId}/results", "postResultsForLineItem", GradebookEndpoints.PostResultsForLineItem);
            r.Get(p + "/classes/{classSourcedId}/results", "getResultsForClass",
                q => RosterEndpoints.Related(q, "classSourcedId", Classes, null, Results, "class.sourcedId"));
            r.Get(p + "/classes/{classSourcedId}/lineItems/{lineItemSourcedId}/results", "getResultsForLineItemForClass",
                q => GradebookEndpoints.ResultsOfClassBy(q, "lineItemSourcedId", LineItems, "lineItem.sourcedId"));
            r.Get(p + "/classes/{classSourcedId}/students/{studentSourcedId}/results", "getResultsForStudentForClass",
                q => GradebookEndpoints.ResultsOfClassBy(q, "studentSourcedId", Users, "student.sourcedId"));
            r.Post(p + "/classes/{classSourcedId}/academicSessions/{academicSessionSourcedId}/results", "postResultsForAcademicSessionForClass",
                GradebookEndpoints.PostResultsForAcademicSessionForClass);
            r.Get(p + "/classes/{classSourcedId}/categories", "getCategoriesForClass", GradebookEndpoints.CategoriesOfClass);
            r.Get(p + "/classes/{classSourcedId}/scoreScales", "getScoreScalesForClass", GradebookEndpoints.ScoreScalesOfClass);
            r.Get(p + "/schools/{schoolSourcedId}/scoreScales", "getScoreScalesForSchool", GradebookEndpoints.ScoreScalesOfSchool);
        }

        private static void AddResources(Builder r)
        {
            const string p = ResourcesService;
            // Timeback's updateResource answers with a free-form object; the fake sends the resource in its envelope.
            r.Entity(p + "/resources", FakeCollections.Resources, null, PutAnswer.Envelope, "getAllResources", "createResource", "getResource", "updateResource", "deleteResource");
            r.Post(p + "/resources/export/{sourceId}", "exportResourceToCommonCartridge", ResourceEndpoints.Export);
            foreach (var (segment, parameter, collection, owner) in new[]
            {
                ("classes", "classSourcedId", Classes, "Class"),
                ("courses", "courseSourcedId", Courses, "Course"),
                ("users", "userSourcedId", Users, "User"),
            })
            {
                var timeback = $"{p}/resources/{segment}/{{{parameter}}}/resources";
                r.Get(timeback, $"getResourcesFor{owner}Timeback", q => ResourceEndpoints.ResourcesOf(q, parameter, collection));
                r.Post(timeback, $"assignResourceTo{owner}", q => ResourceEndpoints.Assign(q, parameter, collection));
                r.Delete(timeback + "/{resourceSourcedId}", $"removeResourceFrom{owner}", q => ResourceEndpoints.Remove(q, parameter, collection));
                r.Get($"{p}/{segment}/{{{parameter}}}/resources", $"getResourcesFor{owner}", q => ResourceEndpoints.ResourcesOf(q, parameter, collection));
            }
        }

        /// <summary>Shorthands for adding routes.</summary>
        private sealed class Builder
        {
            private readonly RouteTable _table;

            public Builder(RouteTable table) => _table = table;

            public void Get(string path, string operationId, Func<ApiRequest, FakeResponse> handle) => _table.Add(new Route("GET", path, operationId, handle));

            public void Post(string path, string operationId, Func<ApiRequest, FakeResponse> handle) => _table.Add(new Route("POST", path, operationId, handle));

            public void Put(string path, string operationId, Func<ApiRequest, FakeResponse> handle) => _table.Add(new Route("PUT", path, operationId, handle));

            public void Delete(string path, string operationId, Func<ApiRequest, FakeResponse> handle) => _table.Add(new Route("DELETE", path, operationId, handle));

            /// <summary>List and read of a collection or alias view.</summary>
            public void Reads(string path, string collection, string? alias, string list, string get)
            {
                Get(path, list, q => EntityEndpoints.List(q, collection, alias));
                Get(path + "/{sourcedId}", get, q => EntityEndpoints.Get(q, collection, alias));
            }

            /// <summary>List, create, read, replace and delete of a collection or alias view.</summary>
            public void Entity(string path, string collection, string? alias, PutAnswer putAnswer, string list, string create, string get, string put, string delete,
                int replacedStatus = 200)
            {
                Reads(path, collection, alias, list, get);
                Post(path, create, q => EntityEndpoints.Create(q, collection, alias));
                Put(path + "/{sourcedId}", put, q => EntityEndpoints.Put(q, collection, alias, putAnswer, replacedStatus));
                Delete(path + "/{sourcedId}", delete, q => EntityEndpoints.Delete(q, collection, alias));
            }
        }
    }
}
