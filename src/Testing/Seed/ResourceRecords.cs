using System.Globalization;
using Newtonsoft.Json.Linq;

namespace OneRoster.Testing.Seed
{
    /// <summary>
    /// A district-wide catalog of four digital resources per subject (textbook, videos, practice, assessment bank).
    /// Courses carry the first two of their subject, classes one of the next two, teachers the assessment bank.
    /// </summary>
    internal sealed class ResourceRecords : SeededRecords
    {
        public ResourceRecords(SeededDistrict district)
            : base(district, FakeCollections.Resources, "rsc-", DistrictShape.Subjects * DistrictShape.ResourcesPerSubject, 12)
        {
        }

        public static int IndexOf(int subject, int kind) => subject * DistrictShape.ResourcesPerSubject + kind;

        public override JObject Materialize(int index, string hrefRoot)
        {
            var random = Random(index);
            var resource = Base(index, ref random);
            var subject = index / DistrictShape.ResourcesPerSubject;
            var kind = index % DistrictShape.ResourcesPerSubject;
            resource["title"] = SeedVocabulary.SubjectNames[subject] + " " + SeedVocabulary.ResourceKinds[kind];
            resource["roles"] = kind == 3 ? new JArray("teacher") : new JArray("student", "teacher");
            resource["importance"] = kind == 0 ? "primary" : "secondary";
            resource["vendorResourceId"] = SeedVocabulary.CourseCodes[subject] + "-" + (kind + 1).ToString("D3", CultureInfo.InvariantCulture);
            resource["vendorId"] = SeedVocabulary.Vendors[kind];
            resource["applicationId"] = "app-" + (kind + 1).ToString(CultureInfo.InvariantCulture);
            return resource;
        }
    }
}
