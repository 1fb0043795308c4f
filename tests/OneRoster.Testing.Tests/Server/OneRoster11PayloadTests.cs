using System.Linq;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using OneRoster.Testing.Tests.Support;

namespace OneRoster.Testing.Tests.Server
{
    /// <summary>
    /// Under a OneRoster 1.1 profile (<see cref="FakeServerOptions.For"/> of <see cref="OneRosterProvider.ClassLink"/>)
    /// the fake sends its records as 1.1 providers do; under the default it sends them as stored (1.2).
    /// </summary>
    public class OneRoster11PayloadTests
    {
        private const string Root = "ims/oneroster/v1p1/";

        private const string TeacherAtTwoSchools = """
            {"sourcedId":"usr-two","status":"active","dateLastModified":"2025-01-01T00:00:00.000Z","enabledUser":"true","givenName":"Ada",
             "userMasterIdentifier":"MI-9","x-badge":"B-1",
             "roles":[{"roleType":"secondary","role":"teacher","org":{"sourcedId":"org-0003","type":"org"}},
                      {"roleType":"primary","role":"principal","org":{"sourcedId":"org-0002","type":"org"}}],
             "primaryOrg":{"sourcedId":"org-0002","type":"org"}}
            """;

        private static Task<RunningFake> StartAsync(bool v1p1) =>
            RunningFake.StartAsync(
                v1p1 ? ClassLinkWithBearerTokens() : new FakeServerOptions(),
                FakeDistrict.Generate(users: 30).Add(FakeCollections.Users, TeacherAtTwoSchools));

        // These tests read payloads over plain HTTP with a bearer token (RunningFake.Api); the ClassLink profile's OAuth 1.0a
        // signatures are SignatureTests' concern.
        private static FakeServerOptions ClassLinkWithBearerTokens()
        {
            var options = FakeServerOptions.For(OneRosterProvider.ClassLink);
            options.AuthScheme = OneRosterAuthScheme.OAuth2ClientCredentials;
            return options;
        }

        [Test]
        public void For_a_1p1_profile_takes_its_payload_version()
        {
            Assert.That(FakeServerOptions.For(OneRosterProvider.ClassLink).PayloadVersion, Is.EqualTo(OneRosterVersion.V1p1));
            Assert.That(FakeServerOptions.For(OneRosterProvider.Standard).PayloadVersion, Is.EqualTo(OneRosterVersion.V1p2));
            Assert.That(new FakeServerOptions().PayloadVersion, Is.EqualTo(OneRosterVersion.V1p2));
        }

        [Test]
        public async Task A_user_is_sent_with_one_role_and_its_orgs_the_primary_org_first()
        {
            await using var fake = await StartAsync(v1p1: true);

            var user = (JObject)(await fake.Api.GetAsync(Root + "users/usr-two")).Body["user"]!;

            Assert.That((string?)user["role"], Is.EqualTo("administrator"), "the primary assignment's role, in the 1.1 vocabulary");
            Assert.That(user["orgs"]!.Select(o => (string?)o["sourcedId"]), Is.EqualTo(new[] { "org-0002", "org-0003" }));
            Assert.That(user.Properties().Select(p => p.Name), Has.None.AnyOf("roles", "primaryOrg", "userMasterIdentifier"));
            Assert.That((string?)user["x-badge"], Is.EqualTo("B-1"), "fields of neither version are sent as stored");
            Assert.That((string?)user["enabledUser"], Is.EqualTo("true"));
        }

        [Test]
        public async Task Every_listed_user_has_role_and_orgs()
        {
            await using var fake = await StartAsync(v1p1: true);

            var users = (await fake.Api.GetAsync(Root + "users?limit=100")).List("users").Cast<JObject>().ToList();

            Assert.That(users, Has.Count.EqualTo(fake.Server.Data.RecordObjects(FakeCollections.Users).Count()));
            Assert.That(users, Has.All.Matches<JObject>(u => u["role"] is JValue && u["orgs"] is JArray { Count: > 0 } && u["roles"] is null));
        }

        [Test]
        public async Task Line_items_name_their_session_gradingPeriod_and_results_lose_the_1p2_fields()
        {
            await using var fake = await StartAsync(v1p1: true);

            var lineItem = (JObject)(await fake.Api.GetAsync(Root + "lineItems?limit=1")).List("lineItems")[0];
            var result = (JObject)(await fake.Api.GetAsync(Root + "results?limit=1")).List("results")[0];

            Assert.That(lineItem["gradingPeriod"]?["sourcedId"], Is.Not.Null);
            Assert.That(lineItem.Properties().Select(p => p.Name), Has.None.AnyOf("academicSession", "school", "scoreScale", "learningObjectiveSet"));
            Assert.That(result.Properties().Select(p => p.Name), Has.None.AnyOf("class", "scoreScale", "textScore", "inProgress", "incomplete", "late", "missing"));
            Assert.That(result["scoreStatus"], Is.Not.Null);
        }

        [Test]
        public async Task Without_the_profile_the_same_user_is_sent_as_stored()
        {
            await using var fake = await StartAsync(v1p1: false);

            var user = (JObject)(await fake.Api.GetAsync(Paths.Rostering + "users/usr-two")).Body["user"]!;

            Assert.That(((JArray)user["roles"]!).Count, Is.EqualTo(2));
            Assert.That(user["role"], Is.Null);
            Assert.That(user["orgs"], Is.Null);
        }
    }
}
