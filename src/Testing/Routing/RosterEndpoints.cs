using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;
using OneRoster.Testing.Data;
using OneRoster.Testing.Protocol;

namespace OneRoster.Testing.Routing
{
    /// <summary>
    /// Rostering relations (students of a class, classes of a term, …) and the Timeback roster writes (enrolling in
    /// a class, grading periods of a term, credentials, users with demographics).
    /// </summary>
    internal static class RosterEndpoints
    {
        /// <summary>Users enrolled in a class with a role (<c>student</c>, <c>teacher</c>), in enrollment order.</summary>
        public static FakeResponse UsersOfClass(ApiRequest request, string role, string? school = null)
        {
            var classId = request["classSourcedId"];
            var (_, cls) = Lookup.Require(request, FakeCollections.Classes, classId);
            RequireInSchool(request, cls, school);
            var users = request.Collection(FakeCollections.Users);
            var ids = Enrollments(request, "class.sourcedId", classId)
                .Where(e => RecordFields.Matches(e, "role", role))
                .Select(e => RecordFields.First(e, "user.sourcedId"))
                .OfType<string>();
            return ListAnswer.Of(request, users, Lookup.ByIds(users, ids));
        }

        public static FakeResponse EnrollmentsOfClassInSchool(ApiRequest request)
        {
            var classId = request["classSourcedId"];
            var (_, cls) = Lookup.Require(request, FakeCollections.Classes, classId);
            RequireInSchool(request, cls, request["schoolSourcedId"]);
            var enrollments = request.Collection(FakeCollections.Enrollments);
            return ListAnswer.Of(request, enrollments, enrollments.Where("class.sourcedId", classId, request.HrefRoot));
        }

        /// <summary>Records of a collection whose field names the parent given in the path, after checking the parent exists.</summary>
        public static FakeResponse Related(ApiRequest request, string parameter, string parentCollection, string? parentAlias, string collection, string field, string? alias = null)
        {
            var parentId = request[parameter];
            Lookup.Require(request, parentCollection, parentId, parentAlias);
            var target = request.Collection(collection);
            var candidates = target.Where(field, parentId, request.HrefRoot);
            if (alias is not null)
            {
                var view = CollectionAlias.Find(alias)!;
                candidates = candidates.Where(r => view.Contains(target.Materialize(r, request.HrefRoot))).ToList();
            }
            return ListAnswer.Of(request, target, candidates);
        }

        /// <summary>Users holding a role at a school (students or teachers of a school).</summary>
        public static FakeResponse UsersOfSchool(ApiRequest request, string role)
        {
            var school = request["schoolSourcedId"];
            Lookup.Require(request, FakeCollections.Orgs, school, "schools");
            var users = request.Collection(FakeCollections.Users);
            var candidates = users.Where("roles.org.sourcedId", school, request.HrefRoot)
                .Where(r => HasRoleAt(users.Materialize(r, request.HrefRoot), role, school))
                .ToList();
            return ListAnswer.Of(request, users, candidates);
        }

        /// <summary>Classes a user is enrolled in (any role), in enrollment order.</summary>
        public static FakeResponse ClassesOfUser(ApiRequest request, string parameter, string? alias)
        {
            var userId = request[parameter];
            Lookup.Require(request, FakeCollections.Users, userId, alias);
            var classes = request.Collection(FakeCollections.Classes);
            var ids = Enrollments(request, "user.sourcedId", userId).Select(e => RecordFields.First(e, "class.sourcedId")).OfType<string>();
            return ListAnswer.Of(request, classes, Lookup.ByIds(classes, ids));
        }

        /// <summary>Timeback: enrolls the user named in the body in the class of the path.</summary>
        public static FakeResponse Enroll(ApiRequest request, string role)
        {
            var classId = request["classSourcedId"];
            var (_, cls) = Lookup.Require(request, FakeCollections.Classes, classId);
            var body = request.Envelope("enrollment");
            var userId = RecordFields.First(body, "user.sourcedId")
                ?? throw ProtocolError.BadRequest(StatusInfo.InvalidData, "The enrollment needs user.sourcedId.");
            Lookup.Require(request, FakeCollections.Users, userId);
            var users = request.Collection(FakeCollections.Users);
            var enrollment = new JObject
            {
                ["sourcedId"] = body["sourcedId"]?.DeepClone(),
                ["user"] = GuidRef(request, users.Kind, userId),
                ["class"] = GuidRef(request, request.Collection(FakeCollections.Classes).Kind, classId),
                ["school"] = cls["school"]?.DeepClone(),
                ["role"] = role,
                ["primary"] = body["primary"]?.DeepClone() ?? "false",
            };
            foreach (var date in new[] { "beginDate", "endDate" })
            {
                if (body[date] is { } value)
                {
                    enrollment[date] = value.DeepClone();
                }
            }
            var (supplied, stored) = EntityEndpoints.New(request, request.Collection(FakeCollections.Enrollments), enrollment, null);
            return EntityEndpoints.Pairs(request, new[] { supplied }, new[] { stored }, single: true);
        }

        /// <summary>Timeback: creates a grading period under the term of the path and answers with it.</summary>
        public static FakeResponse CreateGradingPeriodForTerm(ApiRequest request)
        {
            var termId = request["termSourcedId"];
            var (_, term) = Lookup.Require(request, FakeCollections.AcademicSessions, termId, "terms");
            var sessions = request.Collection(FakeCollections.AcademicSessions);
            var (_, stored) = EntityEndpoints.New(request, sessions, request.Envelope("academicSession"), "gradingPeriods", period =>
            {
                period["type"] = "gradingPeriod";
                period["parent"] = GuidRef(request, sessions.Kind, termId);
            });
            var children = term["children"] as JArray ?? new JArray();
            children.Add(GuidRef(request, sessions.Kind, stored.Value<string>("sourcedId")!));
            term["children"] = children;
            sessions.Upsert(term);
            var rendered = ListAnswer.Render(request, sessions, sessions.Locate(stored.Value<string>("sourcedId")!)!.Value);
            return FakeResponse.JsonBody(201, new JObject { ["academicSession"] = rendered });
        }

        /// <summary>Timeback: the user with its demographics record embedded.</summary>
        public static FakeResponse UserWithDemographics(ApiRequest request)
        {
            var userId = request["sourcedId"];
            var (userRef, _) = Lookup.Require(request, FakeCollections.Users, userId);
            var users = request.Collection(FakeCollections.Users);
            var user = ListAnswer.Render(request, users, userRef);
            var demographics = request.Collection(FakeCollections.Demographics);
            if (demographics.Locate(userId) is { } found)
            {
                user["demographics"] = ListAnswer.Render(request, demographics, found);
            }
            var fields = ListQuery.FieldsOf(request.Query);
            return FakeResponse.JsonBody(200, new JObject { ["user"] = fields?.Apply(user) ?? user });
        }

        /// <summary>Timeback: stores an application login for a user (201 new, 200 replaced).</summary>
        public static FakeResponse RegisterCredentials(ApiRequest request)
        {
            var userId = request["userId"];
            Lookup.Require(request, FakeCollections.Users, userId);
            var body = request.Body();
            var application = body.Value<string>("applicationName");
            var password = RecordFields.First(body, "credentials.password");
            if (string.IsNullOrEmpty(application) || RecordFields.First(body, "credentials.username") is null || password is null)
            {
                throw ProtocolError.BadRequest(StatusInfo.InvalidData, "applicationName, credentials.username and credentials.password are required.");
            }
            var isNew = request.Server.Credentials.Store(userId, application, password, out var credentialId);
            return FakeResponse.JsonBody(isNew ? 201 : 200, new JObject
            {
                ["userProfileId"] = CredentialStore.ProfileId(userId, application),
                ["credentialId"] = credentialId,
                ["message"] = isNew ? "Credentials stored." : "Credentials replaced.",
            });
        }

        public static FakeResponse DecryptCredential(ApiRequest request)
        {
            var userId = request["userId"];
            Lookup.Require(request, FakeCollections.Users, userId);
            var password = request.Server.Credentials.Password(userId, request["credentialId"])
                ?? throw ProtocolError.NotFound("credential", request["credentialId"]);
            return FakeResponse.JsonBody(200, new JObject { ["password"] = password });
        }

        public static JObject GuidRef(ApiRequest request, EntityKind kind, string sourcedId) => kind.RefTo(request.HrefRoot, sourcedId);

        private static IEnumerable<JObject> Enrollments(ApiRequest request, string field, string value)
        {
            var enrollments = request.Collection(FakeCollections.Enrollments);
            return enrollments.Where(field, value, request.HrefRoot).Select(r => enrollments.Materialize(r, request.HrefRoot)).ToList();
        }

        private static void RequireInSchool(ApiRequest request, JObject cls, string? school)
        {
            if (school is null)
            {
                return;
            }
            Lookup.Require(request, FakeCollections.Orgs, school, "schools");
            if (RecordFields.First(cls, "school.sourcedId") != school)
            {
                throw new ProtocolError(404, StatusInfo.UnknownObject, $"Class '{cls["sourcedId"]}' is not a class of school '{school}'.");
            }
        }

        private static bool HasRoleAt(JObject user, string role, string org) =>
            user["roles"] is JArray roles && roles.OfType<JObject>().Any(r =>
                RecordFields.Matches(r, "role", role) && RecordFields.Matches(r, "org.sourcedId", org));
    }
}
