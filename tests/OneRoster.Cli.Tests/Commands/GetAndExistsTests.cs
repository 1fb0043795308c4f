using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using OneRoster.Cli.Hosting;
using OneRoster.Cli.Tests.Support;

namespace OneRoster.Cli.Tests.Commands
{
    [TestFixture]
    public class GetAndExistsTests : FakeProviderFixture
    {
        [Test]
        public async Task Get_with_json_prints_the_record()
        {
            var result = await Tool().RunAsync("get", "users", "usr-0001", "--json");

            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.ToString());
            var user = JObject.Parse(result.Output);
            Assert.That((string?)user["sourcedId"], Is.EqualTo("usr-0001"));
            Assert.That((string?)user["givenName"], Is.EqualTo((string?)JObject.Parse(Fake.Data.Find("users", "usr-0001")!)["givenName"]));
        }

        [Test]
        public async Task Get_prints_a_field_value_table()
        {
            var result = await Tool().RunAsync("get", "courses", "crs-0001");

            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.ToString());
            Assert.That(result.Output, Does.Contain("| field").And.Contain("| sourcedId").And.Contain("crs-0001"));
        }

        [Test]
        public async Task Get_of_a_missing_record_exits_1_with_the_providers_answer()
        {
            var result = await Tool().RunAsync("get", "users", "nobody");

            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.No), result.ToString());
            Assert.That(result.Error, Does.StartWith("error: ").And.Contain("404").And.Contain("nobody"));
            Assert.That(result.Output, Is.Empty);
        }

        [Test]
        public async Task Exists_exits_0_for_a_record_and_1_for_none()
        {
            var yes = await Tool().RunAsync("exists", "classes", "cls-0001");
            var no = await Tool().RunAsync("exists", "classes", "cls-9999");

            Assert.That(yes.ExitCode, Is.EqualTo(ExitCodes.Ok), yes.ToString());
            Assert.That(yes.Output, Is.EqualTo("classes/cls-0001 exists\n"));
            Assert.That(no.ExitCode, Is.EqualTo(ExitCodes.No), no.ToString());
            Assert.That(no.Output, Is.EqualTo("classes/cls-9999 does not exist\n"));
        }

        [Test]
        public async Task Exists_with_json_prints_the_answer_as_an_object()
        {
            var result = await Tool().RunAsync("exists", "users", "usr-0001", "--json");

            Assert.That(JToken.DeepEquals(JObject.Parse(result.Output), JObject.Parse("""{"collection":"users","sourcedId":"usr-0001","exists":true}""")), Is.True, result.Output);
        }

        [Test]
        public async Task Exists_against_a_wrong_base_url_is_a_configuration_error_not_absent()
        {
            var run = Tool();
            run.Environment[OneRosterClientOptions.BaseUrlVariable] = Fake.BaseUrl.AbsoluteUri + "wrong-prefix/";

            var result = await run.RunAsync("exists", "users", "usr-0001");

            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage), result.ToString());
            Assert.That(result.Error, Does.Contain("wrong-prefix").And.Contain("404"));
            Assert.That(result.Output, Is.Empty);
        }

        [Test]
        public async Task Exists_reports_refused_credentials_as_a_provider_error_not_as_absent()
        {
            var run = Tool();
            run.Environment[OneRosterClientOptions.ClientSecretVariable] = "wrong-secret";

            var result = await run.RunAsync("exists", "users", "usr-0001");

            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Provider), result.ToString());
            Assert.That(result.Error, Does.StartWith("error: ").And.Contain("401"));
            Assert.That(result.Error + result.Output, Does.Not.Contain("wrong-secret"));
        }
    }
}
