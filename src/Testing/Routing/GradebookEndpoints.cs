using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;
using OneRoster.Collections;
using OneRoster.Testing.Data;
using OneRoster.Testing.Protocol;

namespace OneRoster.Testing.Routing
{
    /// <summary>Gradebook relations (results of a line item in a class, categories of a class, …) and bulk posts.</summary>
    internal static class GradebookEndpoints
    {
        /// <summary>Results of a class narrowed to one line item or one student, both named in the path.</summary>
        public static FakeResponse ResultsOfClassBy(ApiRequest request, string parameter, string parentCollection, string field)
        {
            var classId = request["classSourcedId"];
            Lookup.Require(request, FakeCollections.Classes, classId);
            Lookup.Require(request, parentCollection, request[parameter]);
            var results = request.Collection(FakeCollections.Results);
            var candidates = Narrow(request, results, results.Where(field, request[parameter], request.HrefRoot), "class.sourcedId", classId);
            return ListAnswer.Of(request, results, candidates);
        }

        /// <summary>Categories used by the line items of a class (categories have no class of their own).</summary>
        public static FakeResponse CategoriesOfClass(ApiRequest request)
        {
            var classId = request["classSourcedId"];
            Lookup.Require(request, FakeCollections.Classes, classId);
            var lineItems = request.Collection(FakeCollections.LineItems);
            var ids = lineItems.Where("class.sourcedId", classId, request.HrefRoot)
                .Select(r => RecordFields.First(lineItems.Materialize(r, request.HrefRoot), "category.sourcedId"))
                .OfType<string>();
            var categories = request.Collection(FakeCollections.Categories);
            return ListAnswer.Of(request, categories, Lookup.ByIds(categories, ids));
        }

        /// <summary>Score scales of a class: those naming the class, then those of its course.</summary>
        public static FakeResponse ScoreScalesOfClass(ApiRequest request)
        {
            var classId = request["classSourcedId"];
            var (_, cls) = Lookup.Require(request, FakeCollections.Classes, classId);
            var scales = request.Collection(FakeCollections.ScoreScales);
            var candidates = scales.Where("class.sourcedId", classId, request.HrefRoot).ToList();
            if (RecordFields.First(cls, "course.sourcedId") is { } course)
            {
                candidates.AddRange(scales.Where("course.sourcedId", course, request.HrefRoot));
            }
            return ListAnswer.Of(request, scales, Distinct(request, scales, candidates));
        }

        /// <summary>Score scales of a school: those whose course or class belongs to it.</summary>
        public static FakeResponse ScoreScalesOfSchool(ApiRequest request)
        {
            var schoolId = request["schoolSourcedId"];
            Lookup.Require(request, FakeCollections.Orgs, schoolId, "schools");
            var courses = request.Collection(FakeCollections.Courses);
            var classes = request.Collection(FakeCollections.Classes);
            var schoolCourses = courses.Where("org.sourcedId", schoolId, request.HrefRoot)
                .Select(r => courses.Materialize(r, request.HrefRoot).Value<string>("sourcedId"))
                .ToHashSet();
            var scales = request.Collection(FakeCollections.ScoreScales);
            var candidates = scales.All().Where(r =>
            {
                var scale = scales.Materialize(r, request.HrefRoot);
                if (RecordFields.First(scale, "course.sourcedId") is { } course && schoolCourses.Contains(course))
                {
                    return true;
                }
                return RecordFields.First(scale, "class.sourcedId") is { } cls &&
                    classes.Find(cls, request.HrefRoot) is { } found && RecordFields.Matches(found, "school.sourcedId", schoolId);
            }).ToList();
            return ListAnswer.Of(request, scales, candidates);
        }

        /// <summary>Line items posted to a class or school; each gets that class or school.</summary>
        public static FakeResponse PostLineItems(ApiRequest request, string parameter, string field, string parentCollection, string? alias)
        {
            var parentId = request[parameter];
            var (_, parent) = Lookup.Require(request, parentCollection, parentId, alias);
            var kind = request.Collection(parentCollection).Kind;
            return EntityEndpoints.CreateMany(request, FakeCollections.LineItems, request.EnvelopeList(FakeCollections.LineItems), item =>
            {
                item[field] = kind.RefTo(request.HrefRoot, parentId);
                if (field == "class" && item["school"] is null && parent["school"] is { } school)
                {
                    item["school"] = school.DeepClone();
                }
            });
        }

        /// <summary>Results posted for a line item; each gets the line item and, when absent, its class.</summary>
        public static FakeResponse PostResultsForLineItem(ApiRequest request)
        {
            var lineItemId = request["lineItemSourcedId"];
            var (_, lineItem) = Lookup.Require(request, FakeCollections.LineItems, lineItemId);
            var kind = request.Collection(FakeCollections.LineItems).Kind;
            return EntityEndpoints.CreateMany(request, FakeCollections.Results, request.EnvelopeList(FakeCollections.Results), result =>
            {
                result["lineItem"] = kind.RefTo(request.HrefRoot, lineItemId);
                if (result["class"] is null && lineItem["class"] is { } cls)
                {
                    result["class"] = cls.DeepClone();
                }
            });
        }

        /// <summary>Results posted for a class in an academic session; each gets the class when it names none.</summary>
        public static FakeResponse PostResultsForAcademicSessionForClass(ApiRequest request)
        {
            var classId = request["classSourcedId"];
            Lookup.Require(request, FakeCollections.Classes, classId);
            Lookup.Require(request, FakeCollections.AcademicSessions, request["academicSessionSourcedId"]);
            var kind = request.Collection(FakeCollections.Classes).Kind;
            return EntityEndpoints.CreateMany(request, FakeCollections.Results, request.EnvelopeList(FakeCollections.Results), result =>
            {
                result["class"] ??= kind.RefTo(request.HrefRoot, classId);
            });
        }

        private static List<RecordRef> Narrow(ApiRequest request, RecordCollection collection, IEnumerable<RecordRef> refs, string field, string value) =>
            refs.Where(r => RecordFields.Matches(collection.Materialize(r, request.HrefRoot), field, value)).ToList();

        private static List<RecordRef> Distinct(ApiRequest request, RecordCollection collection, IEnumerable<RecordRef> refs)
        {
            var seen = new HashSet<string>();
            return refs.Where(r => seen.Add(collection.Materialize(r, request.HrefRoot).Value<string>("sourcedId")!)).ToList();
        }
    }
}
