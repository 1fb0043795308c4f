using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using OneRoster.Csv;
using OneRoster.Models;
using OneRoster.Rostering;

namespace OneRoster.Bench
{
    /// <summary>
    /// The data of the CSV scenarios: N deterministic users (the names, roles and grades of <see cref="UserCatalog"/>'s
    /// people), written once by the parent as a bundle (users.csv, roles.csv, manifest.csv) that the read variants read,
    /// and as rows of strings for the write variants.
    /// </summary>
    internal static class CsvUsers
    {
        private static readonly (string Given, string Family, string Role, string Grade)[] People =
        {
            ("Ava", "Nguyen", "student", "05"), ("Liam", "Okafor", "student", "07"), ("Sofia", "Martinez", "student", "09"),
            ("Noah", "Kowalski", "student", "11"), ("Mia", "Haddad", "student", "03"), ("Ethan", "Johansson", "teacher", "08"),
            ("Isabella", "Rossi", "student", "KG"), ("Lucas", "Tanaka", "aide", "06"),
        };

        public static string Header => CsvFiles.Users.HeaderLine()!;

        public static User User(int i)
        {
            var person = People[i % People.Length];
            var number = (i + 1).ToString("D7", CultureInfo.InvariantCulture);
            return new User
            {
                SourcedId = "usr-" + number,
                EnabledUser = "true",
                Username = person.Given.ToLowerInvariant() + number,
                UserIds = new List<UserId> { new() { Type = "SIS", Identifier = "S" + number }, new() { Type = "LDAP", Identifier = "uid" + number } },
                GivenName = person.Given,
                FamilyName = person.Family,
                Identifier = "S" + number,
                Email = person.Given.ToLowerInvariant() + number + "@students.example.org",
                Agents = new List<GuidRef> { new() { SourcedId = "usr-" + ((i + 1) % 1000 + 1).ToString("D7", CultureInfo.InvariantCulture) } },
                Grades = new List<string> { person.Grade },
                UserMasterIdentifier = "MI-" + number,
                PrimaryOrg = new GuidRef { SourcedId = "org-" + (i % 50 + 2).ToString("D4", CultureInfo.InvariantCulture) },
                Roles = new List<RoleAssignment> { new() { RoleType = "primary", Role = person.Role, Org = new GuidRef { SourcedId = "org-" + (i % 50 + 2).ToString("D4", CultureInfo.InvariantCulture) }, BeginDate = new DateOnly(2025, 8, 1) } },
            };
        }

        /// <summary>One users.csv row as strings, as the write variants hand them to each library.</summary>
        public static string[] Row(int i)
        {
            var u = User(i);
            return new[]
            {
                u.SourcedId!, string.Empty, string.Empty, u.EnabledUser!, u.Username!, "{SIS:" + u.UserIds![0].Identifier + "},{LDAP:" + u.UserIds[1].Identifier + "}",
                u.GivenName!, u.FamilyName!, string.Empty, u.Identifier!, u.Email!, string.Empty, string.Empty, u.Agents![0].SourcedId!, u.Grades![0],
                string.Empty, u.UserMasterIdentifier!, string.Empty, string.Empty, string.Empty, u.PrimaryOrg!.SourcedId!, string.Empty,
            };
        }

        /// <summary>Writes the bundle folder (through OneRoster.Csv) unless it is there already.</summary>
        public static async Task<string> WriteBundleAsync(int count)
        {
            var folder = Path.Combine(Path.GetTempPath(), $"oneroster-bench-csv-{count}");
            if (File.Exists(Path.Combine(folder, CsvFiles.ManifestName)))
            {
                return folder;
            }
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
            await using var writer = CsvBundleWriter.Create(folder, new CsvWriterOptions { LineEnding = CsvLineEnding.CrLf });
            await writer.WriteAsync(CsvFiles.Users, Enumerable.Range(0, count).Select(User));
            await writer.CompleteAsync();
            return folder;
        }
    }
}
