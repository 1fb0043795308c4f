using System.Collections.Generic;
using OneRoster.Csv.Binding;
using OneRoster.Csv.Mapping;
using OneRoster.Models;
using OneRoster.Rostering;
using static OneRoster.Csv.CsvRequirement;

namespace OneRoster.Csv
{
    public static partial class CsvFiles
    {
        /// <summary><c>academicSessions.csv</c> ↔ <see cref="AcademicSession"/>.</summary>
        public static CsvFile<AcademicSession> AcademicSessions { get; } = new("academicSessions", CsvVersion.V1_1, DtoAccess.AcademicSession, new[]
        {
            Map<AcademicSession>.Text("title", Required, "Title", r => r.Title, (r, v) => r.Title = v),
            Map<AcademicSession>.Enum("type", Required, "Type", r => r.Type, (r, v) => r.Type = v, Vocabulary.SessionTypes, extensible: true),
            Map<AcademicSession>.Date("startDate", Required, "StartDate", r => r.StartDate, (r, v) => r.StartDate = v),
            Map<AcademicSession>.Date("endDate", Required, "EndDate", r => r.EndDate, (r, v) => r.EndDate = v),
            Map<AcademicSession>.Ref("parentSourcedId", Optional, "Parent.SourcedId", "academicSessions", r => r.Parent, (r, v) => r.Parent = v),
            Map<AcademicSession>.Year("schoolYear", Required, "SchoolYear", r => r.SchoolYear, (r, v) => r.SchoolYear = v),
        });

        /// <summary><c>orgs.csv</c> ↔ <see cref="Org"/>.</summary>
        public static CsvFile<Org> Orgs { get; } = new("orgs", CsvVersion.V1_1, DtoAccess.Org, new[]
        {
            Map<Org>.Text("name", Required, "Name", r => r.Name, (r, v) => r.Name = v),
            Map<Org>.Enum("type", Required, "Type", r => r.Type, (r, v) => r.Type = v, Vocabulary.OrgTypes, extensible: true),
            Map<Org>.Text("identifier", Optional, "Identifier", r => r.Identifier, (r, v) => r.Identifier = v),
            Map<Org>.Ref("parentSourcedId", Optional, "Parent.SourcedId", "orgs", r => r.Parent, (r, v) => r.Parent = v),
        });

        /// <summary><c>courses.csv</c> ↔ <see cref="Course"/>.</summary>
        public static CsvFile<Course> Courses { get; } = new("courses", CsvVersion.V1_1, DtoAccess.Course, new[]
        {
            Map<Course>.Ref("schoolYearSourcedId", Optional, "SchoolYear.SourcedId", "academicSessions", r => r.SchoolYear, (r, v) => r.SchoolYear = v),
            Map<Course>.Text("title", Required, "Title", r => r.Title, (r, v) => r.Title = v),
            Map<Course>.Text("courseCode", Optional, "CourseCode", r => r.CourseCode, (r, v) => r.CourseCode = v),
            Map<Course>.List("grades", Optional, "Grades", r => r.Grades, (r, v) => r.Grades = v),
            Map<Course>.Ref("orgSourcedId", Required, "Org.SourcedId", "orgs", r => r.Org, (r, v) => r.Org = v),
            Map<Course>.List("subjects", Optional, "Subjects", r => r.Subjects, (r, v) => r.Subjects = v),
            Map<Course>.List("subjectCodes", Optional, "SubjectCodes", r => r.SubjectCodes, (r, v) => r.SubjectCodes = v),
        });

        /// <summary><c>classes.csv</c> ↔ <see cref="Class"/>.</summary>
        public static CsvFile<Class> Classes { get; } = new("classes", CsvVersion.V1_1, DtoAccess.Class, new[]
        {
            Map<Class>.Text("title", Required, "Title", r => r.Title, (r, v) => r.Title = v),
            Map<Class>.List("grades", Optional, "Grades", r => r.Grades, (r, v) => r.Grades = v),
            Map<Class>.Ref("courseSourcedId", Required, "Course.SourcedId", "courses", r => r.Course, (r, v) => r.Course = v),
            Map<Class>.Text("classCode", Optional, "ClassCode", r => r.ClassCode, (r, v) => r.ClassCode = v),
            Map<Class>.Enum("classType", Required, "ClassType", r => r.ClassType, (r, v) => r.ClassType = v, Vocabulary.ClassTypes, extensible: true),
            Map<Class>.Text("location", Optional, "Location", r => r.Location, (r, v) => r.Location = v),
            Map<Class>.Ref("schoolSourcedId", Required, "School.SourcedId", "orgs", r => r.School, (r, v) => r.School = v),
            Map<Class>.RefList("termSourcedIds", Required, "Terms[].SourcedId", "academicSessions", r => r.Terms, (r, v) => r.Terms = v),
            Map<Class>.List("subjects", Optional, "Subjects", r => r.Subjects, (r, v) => r.Subjects = v),
            Map<Class>.List("subjectCodes", Optional, "SubjectCodes", r => r.SubjectCodes, (r, v) => r.SubjectCodes = v),
            Map<Class>.List("periods", Optional, "Periods", r => r.Periods, (r, v) => r.Periods = v),
        });

        /// <summary><c>enrollments.csv</c> ↔ <see cref="Enrollment"/>.</summary>
        public static CsvFile<Enrollment> Enrollments { get; } = new("enrollments", CsvVersion.V1_1, DtoAccess.Enrollment, new[]
        {
            Map<Enrollment>.Ref("classSourcedId", Required, "Class.SourcedId", "classes", r => r.Class, (r, v) => r.Class = v),
            Map<Enrollment>.Ref("schoolSourcedId", Required, "School.SourcedId", "orgs", r => r.School, (r, v) => r.School = v),
            Map<Enrollment>.Ref("userSourcedId", Required, "User.SourcedId", "users", r => r.User, (r, v) => r.User = v),
            Map<Enrollment>.Enum("role", Required, "Role", r => r.Role, (r, v) => r.Role = v, Vocabulary.EnrollmentRoles, extensible: true),
            Map<Enrollment>.Boolean("primary", Optional, "Primary", r => r.Primary, (r, v) => r.Primary = v),
            Map<Enrollment>.Date("beginDate", Optional, "BeginDate", r => r.BeginDate, (r, v) => r.BeginDate = v),
            Map<Enrollment>.Date("endDate", Optional, "EndDate", r => r.EndDate, (r, v) => r.EndDate = v),
        });

        /// <summary><c>demographics.csv</c> ↔ <see cref="Rostering.Demographics"/> (its sourcedId is the user's).</summary>
        public static CsvFile<Demographics> Demographics { get; } = new("demographics", CsvVersion.V1_1, DtoAccess.Demographics, DemographicsColumns(Vocabulary.Sex), DemographicsColumns(Vocabulary.Sex11));

        /// <summary><c>users.csv</c> ↔ <see cref="User"/> (roles, profiles and resources are in roles.csv, userProfiles.csv, userResources.csv).</summary>
        public static CsvFile<User> Users { get; } = new("users", CsvVersion.V1_1, DtoAccess.User, UserColumns(legacy: false), UserColumns11(), UserColumns(legacy: true));

        /// <summary><c>roles.csv</c> ↔ <see cref="CsvRole"/> (<c>User.Roles</c> in REST). New in 1.2.</summary>
        public static CsvFile<CsvRole> Roles { get; } = new("roles", CsvVersion.V1_2, Association<CsvRole>(), new[]
        {
            Map<CsvRole>.RefId("userSourcedId", Required, "UserSourcedId", "users", r => r.UserSourcedId, (r, v) => r.UserSourcedId = v),
            Map<CsvRole>.Enum("roleType", Required, "RoleType", r => r.RoleType, (r, v) => r.RoleType = v, Vocabulary.RoleTypes, extensible: false),
            Map<CsvRole>.Enum("role", Required, "Role", r => r.Role, (r, v) => r.Role = v, Vocabulary.Roles, extensible: true),
            Map<CsvRole>.Date("beginDate", Optional, "BeginDate", r => r.BeginDate, (r, v) => r.BeginDate = v),
            Map<CsvRole>.Date("endDate", Optional, "EndDate", r => r.EndDate, (r, v) => r.EndDate = v),
            Map<CsvRole>.RefId("orgSourcedId", Required, "OrgSourcedId", "orgs", r => r.OrgSourcedId, (r, v) => r.OrgSourcedId = v),
            Map<CsvRole>.RefId("userProfileSourcedId", Optional, "UserProfileSourcedId", "userProfiles", r => r.UserProfileSourcedId, (r, v) => r.UserProfileSourcedId = v),
        });

        /// <summary><c>userProfiles.csv</c> ↔ <see cref="CsvUserProfile"/> (<c>User.UserProfiles</c> in REST). New in 1.2.</summary>
        public static CsvFile<CsvUserProfile> UserProfiles { get; } = new("userProfiles", CsvVersion.V1_2, Association<CsvUserProfile>(), new[]
        {
            // The binding types it GUID, but it names the user the profile belongs to.
            Map<CsvUserProfile>.RefId("userSourcedId", Required, "UserSourcedId", "users", r => r.UserSourcedId, (r, v) => r.UserSourcedId = v),
            Map<CsvUserProfile>.Text("profileType", Required, "ProfileType", r => r.ProfileType, (r, v) => r.ProfileType = v),
            Map<CsvUserProfile>.Text("vendorId", Required, "VendorId", r => r.VendorId, (r, v) => r.VendorId = v),
            Map<CsvUserProfile>.Text("applicationId", Optional, "ApplicationId", r => r.ApplicationId, (r, v) => r.ApplicationId = v),
            Map<CsvUserProfile>.Text("description", Optional, "Description", r => r.Description, (r, v) => r.Description = v),
            Map<CsvUserProfile>.Text("credentialType", Required, "CredentialType", r => r.CredentialType, (r, v) => r.CredentialType = v),
            Map<CsvUserProfile>.Text("username", Required, "Username", r => r.Username, (r, v) => r.Username = v),
            Map<CsvUserProfile>.Text("password", Optional, "Password", r => r.Password, (r, v) => r.Password = v),
        });

        private static ColumnMap<Demographics>[] DemographicsColumns(IReadOnlyList<string> sex) => new[]
        {
            Map<Demographics>.Date("birthDate", Optional, "BirthDate", r => r.BirthDate, (r, v) => r.BirthDate = v),
            Map<Demographics>.Enum("sex", Optional, "Sex", r => r.Sex, (r, v) => r.Sex = v, sex, extensible: sex.Count > 2),
            Map<Demographics>.Boolean("americanIndianOrAlaskaNative", Optional, "AmericanIndianOrAlaskaNative", r => r.AmericanIndianOrAlaskaNative, (r, v) => r.AmericanIndianOrAlaskaNative = v),
            Map<Demographics>.Boolean("asian", Optional, "Asian", r => r.Asian, (r, v) => r.Asian = v),
            Map<Demographics>.Boolean("blackOrAfricanAmerican", Optional, "BlackOrAfricanAmerican", r => r.BlackOrAfricanAmerican, (r, v) => r.BlackOrAfricanAmerican = v),
            Map<Demographics>.Boolean("nativeHawaiianOrOtherPacificIslander", Optional, "NativeHawaiianOrOtherPacificIslander", r => r.NativeHawaiianOrOtherPacificIslander, (r, v) => r.NativeHawaiianOrOtherPacificIslander = v),
            Map<Demographics>.Boolean("white", Optional, "White", r => r.White, (r, v) => r.White = v),
            Map<Demographics>.Boolean("demographicRaceTwoOrMoreRaces", Optional, "DemographicRaceTwoOrMoreRaces", r => r.DemographicRaceTwoOrMoreRaces, (r, v) => r.DemographicRaceTwoOrMoreRaces = v),
            Map<Demographics>.Boolean("hispanicOrLatinoEthnicity", Optional, "HispanicOrLatinoEthnicity", r => r.HispanicOrLatinoEthnicity, (r, v) => r.HispanicOrLatinoEthnicity = v),
            Map<Demographics>.Text("countryOfBirthCode", Optional, "CountryOfBirthCode", r => r.CountryOfBirthCode, (r, v) => r.CountryOfBirthCode = v),
            Map<Demographics>.Text("stateOfBirthAbbreviation", Optional, "StateOfBirthAbbreviation", r => r.StateOfBirthAbbreviation, (r, v) => r.StateOfBirthAbbreviation = v),
            Map<Demographics>.Text("cityOfBirth", Optional, "CityOfBirth", r => r.CityOfBirth, (r, v) => r.CityOfBirth = v),
            Map<Demographics>.Text("publicSchoolResidenceStatus", Optional, "PublicSchoolResidenceStatus", r => r.PublicSchoolResidenceStatus, (r, v) => r.PublicSchoolResidenceStatus = v),
        };

        /// <summary>The 1.2.1 users.csv, or with <paramref name="legacy"/> the June 2022 1.2 one (its <c>resourceSourcedIds</c> column).</summary>
        private static ColumnMap<User>[] UserColumns(bool legacy)
        {
            var columns = new List<ColumnMap<User>>
            {
                Map<User>.Boolean("enabledUser", Required, "EnabledUser", r => r.EnabledUser, (r, v) => r.EnabledUser = v),
                Map<User>.Text("username", Required, "Username", r => r.Username, (r, v) => r.Username = v),
                Map<User>.UserIds("userIds", "UserIds[] (Type, Identifier)", r => r.UserIds, (r, v) => r.UserIds = v),
                Map<User>.Text("givenName", Required, "GivenName", r => r.GivenName, (r, v) => r.GivenName = v),
                Map<User>.Text("familyName", Required, "FamilyName", r => r.FamilyName, (r, v) => r.FamilyName = v),
                Map<User>.Text("middleName", Optional, "MiddleName", r => r.MiddleName, (r, v) => r.MiddleName = v),
                Map<User>.Text("identifier", Optional, "Identifier", r => r.Identifier, (r, v) => r.Identifier = v),
                Map<User>.Text("email", Optional, "Email", r => r.Email, (r, v) => r.Email = v),
                Map<User>.Text("sms", Optional, "Sms", r => r.Sms, (r, v) => r.Sms = v),
                Map<User>.Text("phone", Optional, "Phone", r => r.Phone, (r, v) => r.Phone = v),
                Map<User>.RefList("agentSourcedIds", Optional, "Agents[].SourcedId", "users", r => r.Agents, (r, v) => r.Agents = v),
                // 1.2.1 types it String but means "grade(s)": a list, as 1.1 and other readers treat it.
                Map<User>.List("grades", Optional, "Grades", r => r.Grades, (r, v) => r.Grades = v),
                Map<User>.Text("password", Optional, "Password", r => r.Password, (r, v) => r.Password = v),
                Map<User>.Text("userMasterIdentifier", Optional, "UserMasterIdentifier", r => r.UserMasterIdentifier, (r, v) => r.UserMasterIdentifier = v),
                Map<User>.Text("preferredGivenName", Optional, "PreferredFirstName", r => r.PreferredFirstName, (r, v) => r.PreferredFirstName = v),
                Map<User>.Text("preferredMiddleName", Optional, "PreferredMiddleName", r => r.PreferredMiddleName, (r, v) => r.PreferredMiddleName = v),
                Map<User>.Text("preferredFamilyName", Optional, "PreferredLastName", r => r.PreferredLastName, (r, v) => r.PreferredLastName = v),
                Map<User>.Ref("primaryOrgSourcedId", Optional, "PrimaryOrg.SourcedId", "orgs", r => r.PrimaryOrg, (r, v) => r.PrimaryOrg = v),
                Map<User>.Text("pronouns", Optional, "Pronouns", r => r.Pronouns, (r, v) => r.Pronouns = v),
            };
            if (legacy)
            {
                columns.Insert(14, Map<User>.RefList("resourceSourcedIds", Optional, "Resources[].SourcedId", "resources", r => r.Resources, (r, v) => r.Resources = v));
            }
            return columns.ToArray();
        }

        /// <summary>1.1 users.csv: org membership and one role in the user's row (1.2 moved them to roles.csv).</summary>
        private static ColumnMap<User>[] UserColumns11()
        {
            var columns = new List<ColumnMap<User>>(UserColumns(legacy: false)[..13]); // enabledUser .. password
            columns.Insert(1, Map<User>.ReadOnly(
                Map<User>.Column("orgSourcedIds", Required, CsvValueType.GuidReferenceList, "Roles[].Org.SourcedId", "orgs"),
                (user, text, _) => user.Roles = Roles11.RolesAtOrgs(user.Roles, CsvText.Split(text))));
            columns.Insert(2, Map<User>.ReadOnly(
                Map<User>.Column("role", Required, CsvValueType.Enumeration, "Roles[].Role", values: Vocabulary.UserRoles, extensible: true),
                (user, text, _) => user.Roles = Roles11.RoleEverywhere(user.Roles, text)));
            return columns.ToArray();
        }
    }
}
