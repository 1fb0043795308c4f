using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using OneRoster.Errors;
using OneRoster.Gradebook;
using OneRoster.Models;
using OneRoster.Query;
using OneRoster.Rostering;
using OneRoster.Testing;

namespace OneRoster.Demo
{
    /// <summary>The quickstart, step by step, printed as readable tables.</summary>
    internal static partial class Walkthrough
    {
        public static async Task<int> RunAsync(TextWriter output, Func<string, string?> environment)
        {
            var live = !string.IsNullOrEmpty(environment("ONEROSTER_CLIENT_ID"));
            OneRosterFakeServer? fake = null;
            try
            {
                OneRosterClientOptions options;
                if (live)
                {
                    options = OneRosterClientOptions.FromEnvironmentVariables();
                    output.WriteLine($"Provider: {options.ResolvedBaseUrl} (read-only walk-through)");
                }
                else
                {
                    fake = await OneRosterFakeServer.StartAsync(FakeDistrict.Generate(users: 3000, seed: 42));
                    options = fake.CreateClientOptions();
                    output.WriteLine($"No ONEROSTER_* credentials set: using the embedded fake provider at {fake.BaseUrl} (3,000 users, seed 42).");
                }
                using var client = new OneRosterClient(options);
                await ReadAsync(client, output);
                if (!live)
                {
                    await WriteAsync(client, output);
                }
                await ShowNotFoundAsync(client, output);
                if (fake is not null)
                {
                    await MirrorAsync(client, fake.Data, output);
                }
                output.WriteLine();
                output.WriteLine("Done.");
                return 0;
            }
            catch (OneRosterException ex)
            {
                output.WriteLine($"The provider call failed: {ex.Message}");
                return 1;
            }
            finally
            {
                if (fake is not null)
                {
                    await fake.DisposeAsync();
                }
            }
        }

        private static async Task ReadAsync(OneRosterClient client, TextWriter output)
        {
            Heading(output, "1. Schools");
            var schools = await client.Schools.ListAsync(q => q.OrderBy("name").Limit(5));
            Table(output, new[] { "sourcedId", "name", "identifier" },
                schools.Items.Select(s => new[] { s.SourcedId, s.Name, s.Identifier }));
            output.WriteLine($"({schools.Items.Count} shown, {schools.TotalCount?.ToString() ?? "unknown"} in all)");

            Heading(output, "2. Active students, streamed page by page");
            var count = 0;
            var firstFew = new List<User>();
            await foreach (var student in client.Students.StreamAsync(q => q.Where(Filter.Field("status").EqualTo(RecordStatus.Active))))
            {
                if (firstFew.Count < 5)
                {
                    firstFew.Add(student);
                }
                if (++count % 500 == 0)
                {
                    output.WriteLine($"  ... {count} students so far");
                }
            }
            output.WriteLine($"  {count} active students.");
            Table(output, new[] { "sourcedId", "givenName", "familyName", "grades" },
                firstFew.Select(u => new[] { u.SourcedId, u.GivenName, u.FamilyName, string.Join(",", u.Grades ?? new List<string>()) }));
        }

        private static async Task WriteAsync(OneRosterClient client, TextWriter output)
        {
            Heading(output, "3. A class created, students enrolled");
            var school = (await client.Schools.ListAsync(q => q.Limit(1))).Items[0];
            var course = (await client.Courses.ListAsync(q => q.Limit(1))).Items[0];
            var term = (await client.Terms.ListAsync(q => q.Limit(1))).Items[0];
            var classId = await client.Classes.CreateAsync(new Class
            {
                SourcedId = "demo-class-1",
                Status = RecordStatus.Active,
                Title = "Demo Algebra",
                ClassType = ClassType.Scheduled,
                Course = Ref(course.SourcedId, GuidRefType.Course),
                School = Ref(school.SourcedId, GuidRefType.Org),
                Terms = new List<GuidRef> { Ref(term.SourcedId, GuidRefType.AcademicSession) },
            });
            output.WriteLine($"  Created class {classId}.");
            var students = await client.Schools[school.SourcedId!].Students.ListAsync(q => q.Limit(3));
            foreach (var student in students.Items)
            {
                var enrollment = await client.Classes[classId].EnrollAsync(student.SourcedId!, EnrollmentRole.Student);
                output.WriteLine($"  Enrolled {student.GivenName} {student.FamilyName} ({enrollment}).");
            }
            var roster = await client.Classes[classId].Students.ToListAsync();
            output.WriteLine($"  The class roster now lists {roster.Count} students.");

            Heading(output, "4. A line item and results posted");
            var lineItemId = await client.LineItems.CreateAsync(new LineItem
            {
                SourcedId = "demo-quiz-1",
                Status = RecordStatus.Active,
                Title = "Quiz 1",
                Class = Ref(classId, GuidRefType.Class),
                School = Ref(school.SourcedId, GuidRefType.Org),
                AssignDate = DateTimeOffset.UtcNow,
                DueDate = DateTimeOffset.UtcNow.AddDays(7),
                ResultValueMin = 0,
                ResultValueMax = 100,
            });
            var score = 70f;
            var results = roster.Select(s => new Result
            {
                SourcedId = $"demo-result-{s.SourcedId}",
                Status = RecordStatus.Active,
                LineItem = Ref(lineItemId, GuidRefType.LineItem),
                Student = Ref(s.SourcedId, GuidRefType.User),
                ScoreStatus = ScoreStatus.FullyGraded,
                Score = score += 9.5f,
                ScoreDate = DateOnly.FromDateTime(DateTime.UtcNow),
            }).ToList();
            await client.LineItems[lineItemId].PostResultsAsync(results);
            var posted = await client.Classes[classId].LineItems[lineItemId].Results.ToListAsync();
            Table(output, new[] { "student", "score", "scoreStatus" },
                posted.Select(r => new[] { r.Student?.SourcedId, r.Score?.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture), r.ScoreStatus }));
        }

        private static async Task ShowNotFoundAsync(OneRosterClient client, TextWriter output)
        {
            Heading(output, "5. A record that does not exist");
            try
            {
                await client.Users.GetAsync("no-such-user");
            }
            catch (OneRosterNotFoundException ex)
            {
                output.WriteLine($"  OneRosterNotFoundException: status {ex.Status}, sourcedId '{ex.SourcedId}'");
                output.WriteLine($"  {ex.Message}");
            }
        }

        private static GuidRef Ref(string? sourcedId, GuidRefType type) => new() { SourcedId = sourcedId, Type = type.Value };

        private static void Heading(TextWriter output, string text)
        {
            output.WriteLine();
            output.WriteLine(text);
            output.WriteLine(new string('-', text.Length));
        }

        private static void Table(TextWriter output, string[] headers, IEnumerable<string?[]> rows)
        {
            var all = rows.Select(r => r.Select(c => c ?? string.Empty).ToArray()).ToList();
            var widths = headers.Select((h, i) => Math.Max(h.Length, all.Count == 0 ? 0 : all.Max(r => r[i].Length))).ToArray();
            output.WriteLine("  " + string.Join("  ", headers.Select((h, i) => h.PadRight(widths[i]))));
            output.WriteLine("  " + string.Join("  ", widths.Select(w => new string('-', w))));
            foreach (var row in all)
            {
                output.WriteLine("  " + string.Join("  ", row.Select((c, i) => c.PadRight(widths[i]))));
            }
        }
    }
}
