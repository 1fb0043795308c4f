using System;
using System.Collections.Generic;
using Newtonsoft.Json.Linq;
using OneRoster.Models;

namespace OneRoster.Testing.Data
{
    /// <summary>What the fake needs to know about one kind of record: its envelope keys and where it lives.</summary>
    internal sealed class EntityKind
    {
        private static readonly Dictionary<string, EntityKind> ByCollectionName = new(StringComparer.Ordinal)
        {
            [FakeCollections.Orgs] = new(FakeCollections.Orgs, "org", "rostering/v1p2/orgs", "org"),
            [FakeCollections.AcademicSessions] = new(FakeCollections.AcademicSessions, "academicSession", "rostering/v1p2/academicSessions", "academicSession"),
            [FakeCollections.Courses] = new(FakeCollections.Courses, "course", "rostering/v1p2/courses", "course"),
            [FakeCollections.Classes] = new(FakeCollections.Classes, "class", "rostering/v1p2/classes", "class"),
            [FakeCollections.Users] = new(FakeCollections.Users, "user", "rostering/v1p2/users", "user"),
            [FakeCollections.Enrollments] = new(FakeCollections.Enrollments, "enrollment", "rostering/v1p2/enrollments", "enrollment"),
            [FakeCollections.Demographics] = new(FakeCollections.Demographics, "demographics", "rostering/v1p2/demographics", "demographics"),
            [FakeCollections.CourseComponents] = new(FakeCollections.CourseComponents, "courseComponent", "rostering/v1p2/courses/components", "courseComponent"),
            [FakeCollections.ComponentResources] = new(FakeCollections.ComponentResources, "componentResource", "rostering/v1p2/courses/component-resources", "componentResource"),
            [FakeCollections.LineItems] = new(FakeCollections.LineItems, "lineItem", "gradebook/v1p2/lineItems", "lineItem"),
            [FakeCollections.Results] = new(FakeCollections.Results, "result", "gradebook/v1p2/results", "result"),
            [FakeCollections.Categories] = new(FakeCollections.Categories, "category", "gradebook/v1p2/categories", "category"),
            [FakeCollections.ScoreScales] = new(FakeCollections.ScoreScales, "scoreScale", "gradebook/v1p2/scoreScales", "scoreScale"),
            [FakeCollections.AssessmentLineItems] = new(FakeCollections.AssessmentLineItems, "assessmentLineItem", "gradebook/v1p2/assessmentLineItems", "assessmentLineItem"),
            [FakeCollections.AssessmentResults] = new(FakeCollections.AssessmentResults, "assessmentResult", "gradebook/v1p2/assessmentResults", "assessmentResult"),
            [FakeCollections.Resources] = new(FakeCollections.Resources, "resource", "resources/v1p2/resources", "resource"),
        };

        private EntityKind(string collection, string singular, string path, string guidRefType)
        {
            Collection = collection;
            Singular = singular;
            Path = path;
            GuidRefType = guidRefType;
        }

        /// <summary>The collection name, which is also the list envelope key (<c>users</c>).</summary>
        public string Collection { get; }

        /// <summary>The single-record envelope key (<c>user</c>).</summary>
        public string Singular { get; }

        /// <summary>The collection's path below <c>ims/oneroster/</c>, used for <c>href</c> values.</summary>
        public string Path { get; }

        /// <summary>The <c>type</c> a GuidRef to this kind carries.</summary>
        public string GuidRefType { get; }

        /// <summary>A GuidRef to a record of this kind, as OneRoster relations carry them.</summary>
        public JObject RefTo(string hrefRoot, string sourcedId) => new()
        {
            ["href"] = hrefRoot + "ims/oneroster/" + Path + "/" + Uri.EscapeDataString(sourcedId),
            ["sourcedId"] = sourcedId,
            ["type"] = GuidRefType,
        };

        public static EntityKind Of(string collection) =>
            ByCollectionName.TryGetValue(collection, out var kind)
                ? kind
                : throw new ArgumentException($"'{collection}' is not a OneRoster collection.", nameof(collection));
    }
}
