using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using OneRoster.Gradebook;
using OneRoster.Models;
using OneRoster.Paging;
using OneRoster.Query;
using OneRoster.Resources;
using OneRoster.Rostering;

namespace OneRoster.Tests.Docs
{
    // The snippets of docs/tour.md. Each region between "// snippet:" markers is copied verbatim into
    // the document; DocSnippetTests fails when the two drift apart, so every snippet compiles.
    internal static class TourSnippets
    {
        public static async Task Tour(OneRosterClient client, CancellationToken ct)
        {
            // snippet: users
            Page<User> page = await client.Users.ListAsync(q => q
                .Where(Filter.Field("status").EqualTo(RecordStatus.Active).And(Filter.Field("role").In(UserRole.Teacher, UserRole.Aide)))
                .OrderBy("familyName")
                .Fields("sourcedId", "givenName", "familyName", "roles")
                .Limit(100), ct);
            User user = await client.Users.GetAsync("user-id", ct);
            bool exists = await client.Users.ExistsAsync("user-id", ct);
            string newId = await client.Users.CreateAsync(new User { SourcedId = "u-new", GivenName = "Ada", FamilyName = "Lovelace", Status = RecordStatus.Active }, ct);
            await client.Users.UpsertAsync("u-new", user, ct);
            await client.Users.DeleteAsync("u-new", ct);
            // end snippet

            // snippet: streaming
            await foreach (User student in client.Students.StreamAsync(q => q.Where(Filter.Field("status").EqualTo("active")), cancellationToken: ct))
            {
                Console.WriteLine($"{student.GivenName} {student.FamilyName}");
            }
            List<User> first100 = await client.Users.ToListAsync(maxItems: 100, cancellationToken: ct);
            // end snippet

            // snippet: schools
            await foreach (Class cls in client.Schools["school-id"].Classes.StreamAsync(cancellationToken: ct)) { }
            await foreach (User s in client.Schools["school-id"].Classes["class-id"].Students.StreamAsync(cancellationToken: ct)) { }
            Page<AcademicSession> terms = await client.Schools["school-id"].Terms.ListAsync(cancellationToken: ct);
            Page<LineItem> schoolItems = await client.Schools["school-id"].LineItems.ListAsync(cancellationToken: ct);
            // end snippet

            // snippet: classes
            string? enrollmentId = await client.Classes["class-id"].EnrollAsync("student-id", EnrollmentRole.Student, cancellationToken: ct);
            await foreach (Result r in client.Classes["class-id"].Students["student-id"].Results.StreamAsync(cancellationToken: ct)) { }
            await foreach (Result r in client.Classes["class-id"].LineItems["line-item-id"].Results.StreamAsync(cancellationToken: ct)) { }
            await client.Classes["class-id"].AcademicSessions["term-id"].PostResultsAsync(new[] { new Result { SourcedId = "r-1", Score = 93.5f } }, ct);
            Page<Resource> classResources = await client.Classes["class-id"].Resources.ListAsync(cancellationToken: ct);
            // end snippet

            // snippet: people
            await foreach (Class c in client.Users["user-id"].Classes.StreamAsync(cancellationToken: ct)) { }
            Demographics demographics = await client.Users["user-id"].GetDemographicsAsync(ct);
            await foreach (Class c in client.Students["student-id"].Classes.StreamAsync(cancellationToken: ct)) { }
            await foreach (Class c in client.Teachers["teacher-id"].Classes.StreamAsync(cancellationToken: ct)) { }
            // end snippet

            // snippet: sessions
            await foreach (AcademicSession gp in client.Terms["term-id"].GradingPeriods.StreamAsync(cancellationToken: ct)) { }
            await foreach (Class c in client.Terms["term-id"].Classes.StreamAsync(cancellationToken: ct)) { }
            await client.AcademicSessions.CreateAsync(new AcademicSession { SourcedId = "y-2026", Title = "2026", Type = SessionType.SchoolYear }, ct);
            await client.GradingPeriods.UpsertAsync("gp-1", new AcademicSession { SourcedId = "gp-1", Type = SessionType.GradingPeriod }, ct);
            // end snippet

            // snippet: courses
            await foreach (Class c in client.Courses["course-id"].Classes.StreamAsync(cancellationToken: ct)) { }
            await client.CourseComponents.CreateAsync(new CourseComponent { SourcedId = "cc-1", Title = "Unit 1" }, ct);
            await client.ComponentResources.CreateAsync(new ComponentResource { SourcedId = "cr-1", Title = "Lesson video" }, ct);
            // end snippet

            // snippet: gradebook
            string lineItemId = await client.LineItems.CreateAsync(new LineItem { SourcedId = "li-1", Title = "Quiz 1" }, ct);
            IReadOnlyList<GuidPair> pairs = await client.LineItems[lineItemId].PostResultsAsync(new[]
            {
                new Result
                {
                    SourcedId = "r-2",                                                    // the fields 1.2 requires of a result:
                    Status = RecordStatus.Active,
                    DateLastModified = DateTimeOffset.UtcNow,
                    LineItem = new GuidRef { SourcedId = lineItemId, Type = GuidRefType.LineItem },
                    Student = new GuidRef { SourcedId = "student-id", Type = GuidRefType.User },
                    ScoreStatus = ScoreStatus.FullyGraded,
                    ScoreDate = DateOnly.FromDateTime(DateTime.UtcNow),
                    Score = 8f,                                                           // optional: score, textScore, comment, ...
                },
            }, ct);
            string? allocated = pairs[0].AllocatedSourcedId;                              // suppliedSourcedId -> allocatedSourcedId
            await client.Categories.CreateAsync(new Category { SourcedId = "cat-1", Title = "Quizzes", Weight = 0.3f }, ct);
            await client.ScoreScales.UpsertAsync("ss-1", new ScoreScale { SourcedId = "ss-1", Title = "A-F" }, ct);
            await client.AssessmentLineItems.CreateAsync(new AssessmentLineItem { SourcedId = "ali-1", Title = "Benchmark" }, ct);
            await client.AssessmentResults.CreateAsync(new AssessmentResult { SourcedId = "ar-1", Score = 41f }, ct);
            // end snippet

            // snippet: resources
            await client.Resources.CreateAsync(new Resource { SourcedId = "res-1", Title = "eText", VendorResourceId = "VR-1" }, ct);
            await client.Resources.AssignToClassAsync("res-1", "class-id", ct);
            await client.Resources.RemoveFromClassAsync("res-1", "class-id", ct);
            // end snippet

            // snippet: orgs
            await foreach (Org district in client.Orgs.StreamAsync(q => q.Where(Filter.Field("type").EqualTo(OrgType.District)), cancellationToken: ct)) { }
            await foreach (Enrollment e in client.Enrollments.StreamAsync(q => q.Where(Filter.Field("role").EqualTo(EnrollmentRole.Teacher)), cancellationToken: ct)) { }
            // end snippet
            GC.KeepAlive(new object[] { page, exists, newId, first100, terms, schoolItems, enrollmentId!, classResources, demographics });
        }
    }
}
