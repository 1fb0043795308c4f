using System.Collections.Generic;
using static OneRoster.Testing.FakeCollections;

namespace OneRoster.Tests.Integration
{
    /// <summary>Every resource area of <see cref="OneRosterClient"/>, with the fake collection and the part of it each serves.</summary>
    internal static class FacadeAreas
    {
        public static IReadOnlyList<FacadeArea> All { get; } = new[]
        {
            FacadeArea.Editable("Users", Users, null, c => c.Users),
            FacadeArea.Reads("Students", Users, "roles.role='student'", c => c.Students),
            FacadeArea.Reads("Teachers", Users, "roles.role='teacher'", c => c.Teachers),
            FacadeArea.Editable("Classes", Classes, null, c => c.Classes),
            FacadeArea.Editable("Schools", Orgs, "type='school'", c => c.Schools),
            FacadeArea.Editable("Orgs", Orgs, null, c => c.Orgs),
            FacadeArea.Editable("Courses", Courses, null, c => c.Courses),
            FacadeArea.Editable("CourseComponents", CourseComponents, null, c => c.CourseComponents),
            FacadeArea.Editable("ComponentResources", ComponentResources, null, c => c.ComponentResources),
            FacadeArea.Editable("Enrollments", Enrollments, null, c => c.Enrollments),
            FacadeArea.Editable("AcademicSessions", AcademicSessions, null, c => c.AcademicSessions),
            FacadeArea.Reads("Terms", AcademicSessions, "type='term'", c => c.Terms),
            FacadeArea.Editable("GradingPeriods", AcademicSessions, "type='gradingPeriod'", c => c.GradingPeriods),
            FacadeArea.Editable("Demographics", Demographics, null, c => c.Demographics),
            FacadeArea.Editable("LineItems", LineItems, null, c => c.LineItems),
            FacadeArea.Editable("Results", Results, null, c => c.Results),
            FacadeArea.Editable("Categories", Categories, null, c => c.Categories),
            FacadeArea.Editable("ScoreScales", ScoreScales, null, c => c.ScoreScales),
            FacadeArea.Editable("AssessmentLineItems", AssessmentLineItems, null, c => c.AssessmentLineItems),
            FacadeArea.Editable("AssessmentResults", AssessmentResults, null, c => c.AssessmentResults),
            FacadeArea.Editable("Resources", OneRoster.Testing.FakeCollections.Resources, null, c => c.Resources),
        };
    }
}
