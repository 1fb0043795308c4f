using System;
using System.Collections.Generic;
using System.Linq;
using NUnit.Framework;
using OneRoster.Gradebook;
using OneRoster.Rostering;

namespace OneRoster.Tests.Client.Collections
{
    /// <summary>One resource area of the facade: how to reach it and what goes over the wire.</summary>
    public sealed record Area(
        string Name,
        Func<OneRosterClient, object> Collection,
        Type Record,
        string Path,
        string ListKey,
        string SingleKey,
        bool Writable)
    {
        public override string ToString() => Name;
    }

    /// <summary>The table every facade test runs over: all 21 areas of <see cref="OneRosterClient"/>.</summary>
    public static class AreaTable
    {
        private const string R = "/ims/oneroster/rostering/v1p2";
        private const string G = "/ims/oneroster/gradebook/v1p2";
        private const string S = "/ims/oneroster/resources/v1p2";

        public static IReadOnlyList<Area> All { get; } = new Area[]
        {
            new("Users", c => c.Users, typeof(User), R + "/users", "users", "user", true),
            new("Students", c => c.Students, typeof(User), R + "/students", "users", "user", false),
            new("Teachers", c => c.Teachers, typeof(User), R + "/teachers", "users", "user", false),
            new("Classes", c => c.Classes, typeof(Class), R + "/classes", "classes", "class", true),
            new("Schools", c => c.Schools, typeof(Org), R + "/schools", "orgs", "org", true),
            new("Orgs", c => c.Orgs, typeof(Org), R + "/orgs", "orgs", "org", true),
            new("Courses", c => c.Courses, typeof(Course), R + "/courses", "courses", "course", true),
            new("CourseComponents", c => c.CourseComponents, typeof(CourseComponent), R + "/courses/components", "courseComponents", "courseComponent", true),
            new("ComponentResources", c => c.ComponentResources, typeof(ComponentResource), R + "/courses/component-resources", "componentResources", "componentResource", true),
            new("Enrollments", c => c.Enrollments, typeof(Enrollment), R + "/enrollments", "enrollments", "enrollment", true),
            new("AcademicSessions", c => c.AcademicSessions, typeof(AcademicSession), R + "/academicSessions", "academicSessions", "academicSession", true),
            new("Terms", c => c.Terms, typeof(AcademicSession), R + "/terms", "academicSessions", "academicSession", false),
            new("GradingPeriods", c => c.GradingPeriods, typeof(AcademicSession), R + "/gradingPeriods", "academicSessions", "academicSession", true),
            new("Demographics", c => c.Demographics, typeof(Demographics), R + "/demographics", "demographics", "demographics", true),
            new("LineItems", c => c.LineItems, typeof(LineItem), G + "/lineItems", "lineItems", "lineItem", true),
            new("Results", c => c.Results, typeof(Result), G + "/results", "results", "result", true),
            new("Categories", c => c.Categories, typeof(Category), G + "/categories", "categories", "category", true),
            new("ScoreScales", c => c.ScoreScales, typeof(ScoreScale), G + "/scoreScales", "scoreScales", "scoreScale", true),
            new("AssessmentLineItems", c => c.AssessmentLineItems, typeof(AssessmentLineItem), G + "/assessmentLineItems", "assessmentLineItems", "assessmentLineItem", true),
            new("AssessmentResults", c => c.AssessmentResults, typeof(AssessmentResult), G + "/assessmentResults", "assessmentResults", "assessmentResult", true),
            new("Resources", c => c.Resources, typeof(OneRoster.Resources.Resource), S + "/resources", "resources", "resource", true),
        };

        public static IEnumerable<TestCaseData> Every() => All.Select(a => new TestCaseData(a).SetArgDisplayNames(a.Name));

        public static IEnumerable<TestCaseData> Writable() => All.Where(a => a.Writable).Select(a => new TestCaseData(a).SetArgDisplayNames(a.Name));
    }
}
