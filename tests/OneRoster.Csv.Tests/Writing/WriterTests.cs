using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using NUnit.Framework;
using Newtonsoft.Json.Linq;
using OneRoster.Csv.Tests.Support;
using OneRoster.Models;
using OneRoster.Rostering;

namespace OneRoster.Csv.Tests.Writing
{
    [TestFixture]
    public class WriterTests : TempFolderTests
    {

        [Test]
        public async Task Every_file_read_and_written_again_reads_back_equal_with_the_binding_headers()
        {
            var source = await CsvBundle.OpenAsync(SampleBundle.Valid().WriteFolder(Temp.File("in")));
            var output = Temp.File("out.zip");
            await using (var writer = CsvBundleWriter.Create(output, new CsvWriterOptions { WriteAssociations = false, SourceSystemName = "Copy" }))
            {
                foreach (var file in source.Files)
                {
                    await Copy(source, writer, (dynamic)file);
                }
                await writer.CompleteAsync();
            }

            var copy = await CsvBundle.OpenAsync(output);
            Assert.That(copy.Files, Is.EqualTo(source.Files));
            foreach (var file in source.Files)
            {
                Assert.That(await Json(source, (dynamic)file), Is.EqualTo(await Json(copy, (dynamic)file)), file.Name);
                using var reader = new StreamReader(copy.OpenFile(file.Name));
                Assert.That(reader.ReadLine(), Is.EqualTo(file.HeaderLine()), file.Name);
            }
            Assert.That((await CsvBundleValidator.ValidateAsync(output)).Problems, Is.Empty);
            using var zip = ZipFile.OpenRead(output);
            Assert.That(zip.Entries.Select(e => e.FullName), Is.EqualTo(new[] { "manifest.csv" }.Concat(source.Files.Select(f => f.Name))), "every file at the root");
        }

        [Test]
        public async Task The_manifest_lists_every_file_and_declares_the_unwritten_and_empty_ones_absent()
        {
            var path = Temp.File("bundle");
            await using (var writer = CsvBundleWriter.Create(path, new CsvWriterOptions { SourceSystemName = "Example SIS", SourceSystemCode = "EX1" }))
            {
                await writer.WriteAsync(CsvFiles.Orgs, new[] { new Org { SourcedId = "org-1", Name = "District", Type = "district" } });
                await writer.WriteAsync(CsvFiles.Courses, Array.Empty<Course>());
                await writer.CompleteAsync();
            }

            var manifest = File.ReadAllText(Path.Combine(path, "manifest.csv"));
            var expected = new StringBuilder("propertyName,value\r\nmanifest.version,1.0\r\noneroster.version,1.2\r\n");
            foreach (var file in CsvFiles.All)
            {
                expected.Append(file.ManifestProperty).Append(',').Append(file == CsvFiles.Orgs ? "bulk" : "absent").Append("\r\n");
            }
            expected.Append("source.systemName,Example SIS\r\nsource.systemCode,EX1\r\n");
            Assert.That(manifest, Is.EqualTo(expected.ToString()));
            Assert.That(Directory.GetFiles(path).Select(Path.GetFileName), Is.EquivalentTo(new[] { "manifest.csv", "orgs.csv" }), "courses.csv had no rows: left out");
        }

        [Test]
        public async Task Bulk_leaves_status_and_dateLastModified_empty_and_delta_fills_them()
        {
            var modified = new DateTimeOffset(2025, 9, 1, 10, 0, 0, 123, TimeSpan.FromHours(2));
            var orgs = new[]
            {
                new Org { SourcedId = "org-1", Status = "tobedeleted", DateLastModified = modified, Name = "A", Type = "school" },
                new Org { SourcedId = "org-2", Name = "B", Type = "school" },
            };
            Assert.That(await Lines(CsvFileMode.Bulk, orgs), Is.EqualTo(new[] { "org-1,,,A,school,,", "org-2,,,B,school,," }));
            Assert.That(await Lines(CsvFileMode.Delta, orgs), Is.EqualTo(new[] { "org-1,tobedeleted,2025-09-01T08:00:00.123Z,A,school,,", "org-2,active,2026-01-02T03:04:05.006Z,B,school,," }),
                "UTC with milliseconds; a record without status is active, without a date the writer's timestamp");
        }

        [Test]
        public async Task Users_write_their_roles_profiles_and_resources_as_association_files()
        {
            var user = new User
            {
                SourcedId = "u1", EnabledUser = "true", Username = "ann", GivenName = "Ann", FamilyName = "Lee",
                Roles = new List<RoleAssignment> { new() { RoleType = "primary", Role = "teacher", Org = new GuidRef { SourcedId = "org-2" }, UserProfile = new Uri("p1", UriKind.Relative) } },
                UserProfiles = new List<UserProfile> { new() { ProfileId = new Uri("p1", UriKind.Relative), ProfileType = "lms", VendorId = "v", Credentials = new List<Credential> { new() { Type = "password", Username = "ann", Password = "x" } } } },
                Resources = new List<GuidRef> { new() { SourcedId = "rsc-1" }, new() { SourcedId = "rsc-2" } },
            };
            var path = Temp.File("users");
            await using (var writer = CsvBundleWriter.Create(path))
            {
                await writer.WriteAsync(CsvFiles.Users, new[] { user });
                await writer.CompleteAsync();
                Assert.That(writer.Rows, Is.EqualTo(new Dictionary<string, long> { ["users.csv"] = 1, ["roles.csv"] = 1, ["userProfiles.csv"] = 1, ["userResources.csv"] = 2 }));
            }
            Assert.That(File.ReadAllLines(Path.Combine(path, "roles.csv"))[1], Is.EqualTo("u1-role1,,,u1,primary,teacher,,,org-2,p1"));
            Assert.That(File.ReadAllLines(Path.Combine(path, "userProfiles.csv"))[1], Is.EqualTo("p1,,,u1,lms,v,,,password,ann,x"));
            Assert.That(File.ReadAllLines(Path.Combine(path, "userResources.csv")).Skip(1), Is.EqualTo(new[] { "u1-resource1,,,u1,,,rsc-1", "u1-resource2,,,u1,,,rsc-2" }));
            var back = (await (await CsvBundle.OpenAsync(path)).ReadCompleteAsync(CsvFiles.Users).ToListAsync()).Single();
            Assert.That(back.Roles!.Single().UserProfile!.OriginalString, Is.EqualTo("p1"));
            Assert.That(back.UserProfiles!.Single().Credentials!.Single().Password, Is.EqualTo("x"));
            Assert.That(back.Resources!.Select(r => r.SourcedId), Is.EqualTo(new[] { "rsc-1", "rsc-2" }));
        }

        [Test]
        public async Task Lists_are_quoted_fields_and_text_with_commas_or_quotes_is_escaped()
        {
            var cls = new Class { SourcedId = "c1", Title = "Art, \"Advanced\"", Grades = new List<string> { "09", "10" }, Periods = new List<string> { "1" }, ClassType = "scheduled" };
            var path = Temp.File("classes");
            await using (var writer = CsvBundleWriter.Create(path, new CsvWriterOptions { LineEnding = CsvLineEnding.Lf, ByteOrderMark = true }))
            {
                await writer.WriteAsync(CsvFiles.Classes, new[] { cls });
                await writer.CompleteAsync();
            }
            var bytes = File.ReadAllBytes(Path.Combine(path, "classes.csv"));
            Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
            Assert.That(Encoding.UTF8.GetString(bytes.AsSpan(3)), Is.EqualTo(CsvFiles.Classes.HeaderLine() + "\nc1,,,\"Art, \"\"Advanced\"\"\",\"09,10\",,,scheduled,,,,,,1\n"));
            var back = (await (await CsvBundle.OpenAsync(path)).ReadAsync(CsvFiles.Classes).ToListAsync()).Single();
            Assert.That((back.Title, back.Grades), Is.EqualTo((cls.Title, cls.Grades)));
        }

        [Test]
        public async Task Metadata_columns_are_written_for_the_keys_named_and_read_back()
        {
            var org = new Org { SourcedId = "o1", Name = "A", Type = "school", Metadata = new Metadata { ["ncesId"] = "0601", ["charter"] = true, ["other"] = "not written" } };
            var options = new CsvWriterOptions();
            options.MetadataColumns["orgs.csv"] = new List<string> { "ncesId", "charter" };
            var path = Temp.File("meta");
            await using (var writer = CsvBundleWriter.Create(path, options))
            {
                await writer.WriteAsync(CsvFiles.Orgs, new[] { org });
                await writer.CompleteAsync();
            }
            Assert.That(File.ReadAllLines(Path.Combine(path, "orgs.csv")), Is.EqualTo(new[] { CsvFiles.Orgs.HeaderLine() + ",metadata.ncesId,metadata.charter", "o1,,,A,school,,,0601,true" }));
            var back = (await (await CsvBundle.OpenAsync(path)).ReadAsync(CsvFiles.Orgs).ToListAsync()).Single();
            Assert.That(back.Metadata, Is.EquivalentTo(new Dictionary<string, object> { ["ncesId"] = "0601", ["charter"] = "true" }));
        }

        [TestCase("title", "Line\nbreak", "classes.csv", 2, "title", 4)]
        [TestCase("subjects", "Art, Music", "classes.csv", 2, "subjects", 12)]
        public async Task A_value_no_csv_field_can_carry_is_refused_with_its_place(string property, string value, string file, int line, string column, int columnNumber)
        {
            var cls = new Class { SourcedId = "c1", Title = "T", ClassType = "scheduled" };
            if (property == "title")
            {
                cls.Title = value;
            }
            else
            {
                cls.Subjects = new List<string> { value };
            }
            var path = Temp.File("bad");
            await using var writer = CsvBundleWriter.Create(path);
            var thrown = Assert.ThrowsAsync<CsvBundleException>(() => writer.WriteAsync(CsvFiles.Classes, new[] { cls }))!;
            Assert.That((thrown.Problem.Rule, thrown.Problem.File, thrown.Problem.Line, thrown.Problem.Column, thrown.Problem.ColumnNumber),
                Is.EqualTo((CsvRules.WriteUnrepresentable, file, line, column, columnNumber)));
        }

        [Test]
        public async Task Each_file_is_written_once_even_as_an_association_file()
        {
            await using var writer = CsvBundleWriter.Create(Temp.File("once"));
            await writer.WriteAsync(CsvFiles.Users, Array.Empty<User>());
            Assert.ThrowsAsync<InvalidOperationException>(() => writer.WriteAsync(CsvFiles.Roles, Array.Empty<CsvRole>()));
            Assert.ThrowsAsync<InvalidOperationException>(() => writer.WriteAsync(CsvFiles.Users, Array.Empty<User>()));
        }

        [Test]
        public async Task A_writer_disposed_before_completing_leaves_nothing_behind()
        {
            var folder = Temp.File("partial");
            var zip = Temp.File("partial.zip");
            await using (var writer = CsvBundleWriter.Create(folder))
            {
                await writer.WriteAsync(CsvFiles.Orgs, new[] { new Org { SourcedId = "o1", Name = "A", Type = "school" } });
            }
            await using (var writer = CsvBundleWriter.Create(zip))
            {
                await writer.WriteAsync(CsvFiles.Orgs, new[] { new Org { SourcedId = "o1", Name = "A", Type = "school" } });
            }
            Assert.That(Directory.GetFiles(folder), Is.Empty);
            Assert.That(File.Exists(zip), Is.False);
            Assert.Throws<IOException>(() => CsvBundleWriter.Create(Temp.Root), "a folder with files is not a new bundle");
        }

        private async Task<string[]> Lines(CsvFileMode mode, Org[] orgs)
        {
            var path = Temp.File(mode.ToString());
            await using (var writer = CsvBundleWriter.Create(path, new CsvWriterOptions { Mode = mode, Timestamp = new DateTimeOffset(2026, 1, 2, 3, 4, 5, 6, TimeSpan.Zero) }))
            {
                await writer.WriteAsync(CsvFiles.Orgs, orgs);
                await writer.CompleteAsync();
            }
            return File.ReadAllLines(Path.Combine(path, "orgs.csv")).Skip(1).ToArray();
        }

        private static async Task Copy<T>(CsvBundle source, CsvBundleWriter writer, CsvFile<T> file) where T : class, new() =>
            await writer.WriteAsync(file, source.ReadAsync(file));

        private static async Task<List<string>> Json<T>(CsvBundle bundle, CsvFile<T> file) where T : class, new() =>
            (await bundle.ReadAsync(file).ToListAsync()).Select(r => JObject.FromObject(r!).ToString()).ToList();
    }
}
