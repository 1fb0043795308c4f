using OneRoster.Csv.Binding;
using OneRoster.Csv.Mapping;
using OneRoster.Models;
using static OneRoster.Csv.CsvRequirement;
using Resource = OneRoster.Resources.Resource;

namespace OneRoster.Csv
{
    public static partial class CsvFiles
    {
        /// <summary><c>resources.csv</c> ↔ <see cref="Resource"/>.</summary>
        public static CsvFile<Resource> Resources { get; } = new("resources", CsvVersion.V1_1, DtoAccess.Resource, new[]
        {
            Map<Resource>.Text("vendorResourceId", Required, "VendorResourceId", r => r.VendorResourceId, (r, v) => r.VendorResourceId = v, CsvValueType.Id),
            Map<Resource>.Text("title", Optional, "Title", r => r.Title, (r, v) => r.Title = v),
            Map<Resource>.EnumList("roles", Optional, "Roles", r => r.Roles, (r, v) => r.Roles = v, Vocabulary.UserRoles, extensible: true),
            Map<Resource>.Enum("importance", Optional, "Importance", r => r.Importance, (r, v) => r.Importance = v, Vocabulary.Importance, extensible: false),
            Map<Resource>.Text("vendorId", Optional, "VendorId", r => r.VendorId, (r, v) => r.VendorId = v, CsvValueType.Id),
            Map<Resource>.Text("applicationId", Optional, "ApplicationId", r => r.ApplicationId, (r, v) => r.ApplicationId = v, CsvValueType.Id),
        });

        /// <summary><c>classResources.csv</c> ↔ <see cref="CsvClassResource"/> (<c>Class.Resources</c> in REST).</summary>
        public static CsvFile<CsvClassResource> ClassResources { get; } = new("classResources", CsvVersion.V1_1, Association<CsvClassResource>(), new[]
        {
            Map<CsvClassResource>.Text("title", Optional, "Title", r => r.Title, (r, v) => r.Title = v),
            Map<CsvClassResource>.RefId("classSourcedId", Required, "ClassSourcedId", "classes", r => r.ClassSourcedId, (r, v) => r.ClassSourcedId = v),
            Map<CsvClassResource>.RefId("resourceSourcedId", Required, "ResourceSourcedId", "resources", r => r.ResourceSourcedId, (r, v) => r.ResourceSourcedId = v),
        });

        /// <summary><c>courseResources.csv</c> ↔ <see cref="CsvCourseResource"/> (<c>Course.Resources</c> in REST).</summary>
        public static CsvFile<CsvCourseResource> CourseResources { get; } = new("courseResources", CsvVersion.V1_1, Association<CsvCourseResource>(), new[]
        {
            Map<CsvCourseResource>.Text("title", Optional, "Title", r => r.Title, (r, v) => r.Title = v),
            Map<CsvCourseResource>.RefId("courseSourcedId", Required, "CourseSourcedId", "courses", r => r.CourseSourcedId, (r, v) => r.CourseSourcedId = v),
            Map<CsvCourseResource>.RefId("resourceSourcedId", Required, "ResourceSourcedId", "resources", r => r.ResourceSourcedId, (r, v) => r.ResourceSourcedId = v),
        });

        /// <summary><c>userResources.csv</c> ↔ <see cref="CsvUserResource"/> (<c>User.Resources</c> in REST). New in 1.2.</summary>
        public static CsvFile<CsvUserResource> UserResources { get; } = new("userResources", CsvVersion.V1_2, Association<CsvUserResource>(), new[]
        {
            Map<CsvUserResource>.RefId("userSourcedId", Required, "UserSourcedId", "users", r => r.UserSourcedId, (r, v) => r.UserSourcedId = v),
            Map<CsvUserResource>.RefId("orgSourcedId", Optional, "OrgSourcedId", "orgs", r => r.OrgSourcedId, (r, v) => r.OrgSourcedId = v),
            Map<CsvUserResource>.RefId("classSourcedId", Optional, "ClassSourcedId", "classes", r => r.ClassSourcedId, (r, v) => r.ClassSourcedId = v),
            Map<CsvUserResource>.RefId("resourceSourcedId", Required, "ResourceSourcedId", "resources", r => r.ResourceSourcedId, (r, v) => r.ResourceSourcedId = v),
        });
    }
}
