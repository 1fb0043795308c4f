using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;

namespace OneRoster.Csv.Tests.Support
{
    /// <summary>
    /// A small, valid OneRoster 1.2 bulk bundle held as tables, to break one rule at a time or to render in the shapes
    /// student information systems export (BOM, CRLF, every field quoted). Line numbers are physical lines: the header
    /// is line 1, the first record line 2.
    /// </summary>
    public sealed class SampleBundle
    {
        private readonly Dictionary<string, List<string[]>> _files = new(StringComparer.Ordinal);
        private readonly List<(string Find, string Replace, string File)> _raw = new();
        private readonly Dictionary<string, byte[]> _bytes = new(StringComparer.Ordinal);

        public bool Bom { get; set; }

        public string NewLine { get; set; } = "\n";

        public bool QuoteAll { get; set; }

        public static SampleBundle Valid()
        {
            var bundle = new SampleBundle();
            bundle.Table("orgs.csv", "sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId",
                "org-1,,,Springfield District,district,NCES1,",
                "org-2,,,Springfield High,school,NCES2,org-1");
            bundle.Table("academicSessions.csv", "sourcedId,status,dateLastModified,title,type,startDate,endDate,parentSourcedId,schoolYear",
                "as-1,,,2025-26,schoolYear,2025-08-01,2026-07-01,,2026",
                "as-2,,,Fall 2025,term,2025-08-01,2026-01-01,as-1,2026");
            bundle.Table("courses.csv", "sourcedId,status,dateLastModified,schoolYearSourcedId,title,courseCode,grades,orgSourcedId,subjects,subjectCodes",
                "crs-1,,,as-1,Algebra I,ALG1,09|10,org-2,Mathematics,MATH");
            bundle.Table("classes.csv", "sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,classType,location,schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods",
                "cls-1,,,Algebra I - Period 1,09|10,crs-1,ALG1-1,scheduled,Room 101,org-2,as-2,Mathematics,MATH,1|2");
            bundle.Table("users.csv", "sourcedId,status,dateLastModified,enabledUser,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password,userMasterIdentifier,preferredGivenName,preferredMiddleName,preferredFamilyName,primaryOrgSourcedId,pronouns",
                "usr-1,,,true,tjones,{SIS:E1},Terry,Jones,,E1,tjones@example.org,,,,,,MI-1,,,,org-2,",
                "usr-2,,,true,asmith,{SIS:S2}|{LDAP:asmith},Alex,Smith,Lee,S2,asmith@example.org,,,usr-3,09,,MI-2,Al,,,org-2,they/them",
                "usr-3,,,false,bsmith,,Blair,Smith,,G3,,,+15550100,usr-2,,,,,,,,");
            bundle.Table("roles.csv", "sourcedId,status,dateLastModified,userSourcedId,roleType,role,beginDate,endDate,orgSourcedId,userProfileSourcedId",
                "rl-1,,,usr-1,primary,teacher,2025-08-01,,org-2,",
                "rl-2,,,usr-2,primary,student,,,org-2,",
                "rl-3,,,usr-3,primary,guardian,,,org-2,");
            bundle.Table("enrollments.csv", "sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,primary,beginDate,endDate",
                "enr-1,,,cls-1,org-2,usr-1,teacher,true,2025-08-01,2026-01-01",
                "enr-2,,,cls-1,org-2,usr-2,student,false,,");
            bundle.Table("demographics.csv", "sourcedId,status,dateLastModified,birthDate,sex,americanIndianOrAlaskaNative,asian,blackOrAfricanAmerican,nativeHawaiianOrOtherPacificIslander,white,demographicRaceTwoOrMoreRaces,hispanicOrLatinoEthnicity,countryOfBirthCode,stateOfBirthAbbreviation,cityOfBirth,publicSchoolResidenceStatus",
                "usr-2,,,2010-04-12,female,false,false,false,false,true,false,false,US,CA,Fresno,01652");
            bundle.Table("categories.csv", "sourcedId,status,dateLastModified,title,weight", "cat-1,,,Homework,20");
            bundle.Table("lineItems.csv", "sourcedId,status,dateLastModified,title,description,assignDate,dueDate,classSourcedId,categorySourcedId,academicSessionSourcedId,resultValueMin,resultValueMax,schoolSourcedId",
                "li-1,,,Homework 1,First homework,2025-09-01,2025-09-08,cls-1,cat-1,as-2,0.0,100.0,org-2");
            bundle.Table("results.csv", "sourcedId,status,dateLastModified,lineItemSourcedId,studentSourcedId,scoreStatus,score,scoreDate,comment,textScore,classSourcedId,inProgress,incomplete,late,missing",
                "res-1,,,li-1,usr-2,fully graded,87.5,2025-09-09,Good work,B+,cls-1,false,false,false,false");
            bundle.Table("scoreScales.csv", "sourcedId,status,dateLastModified,title,type,orgSourcedId,courseSourcedId,classSourcedId,scoreScaleValue",
                "ss-1,,,Letter grades,letter,org-2,crs-1,cls-1,{A:90}|{B:80}|{C:70}");
            bundle.Table("resources.csv", "sourcedId,status,dateLastModified,vendorResourceId,title,roles,importance,vendorId,applicationId",
                "rsc-1,,,ALG-001,Algebra Textbook,student|teacher,primary,vendor-1,app-1");
            bundle.Table("classResources.csv", "sourcedId,status,dateLastModified,title,classSourcedId,resourceSourcedId", "cr-1,,,Textbook,cls-1,rsc-1");
            bundle.WriteManifest("bulk");
            return bundle;
        }

        /// <summary>The same district as a OneRoster 1.1 bundle: roles inside users.csv, the 1.1 gradebook columns, no 1.2-only files.</summary>
        public static SampleBundle Valid11()
        {
            var bundle = Valid();
            foreach (var name in new[] { "roles.csv", "scoreScales.csv" })
            {
                bundle.Remove(name);
            }
            bundle.Table("users.csv", "sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password",
                "usr-1,,,true,org-2,teacher,tjones,{SIS:E1},Terry,Jones,,E1,tjones@example.org,,,,,",
                "usr-2,,,true,org-2|org-1,student,asmith,{SIS:S2}|{LDAP:asmith},Alex,Smith,Lee,S2,asmith@example.org,,,usr-3,09,",
                "usr-3,,,false,org-2,guardian,bsmith,,Blair,Smith,,G3,,,+15550100,usr-2,,");
            bundle.Table("categories.csv", "sourcedId,status,dateLastModified,title", "cat-1,,,Homework");
            bundle.Table("lineItems.csv", "sourcedId,status,dateLastModified,title,description,assignDate,dueDate,classSourcedId,categorySourcedId,gradingPeriodSourcedId,resultValueMin,resultValueMax",
                "li-1,,,Homework 1,First homework,2025-09-01,2025-09-08,cls-1,cat-1,as-2,0.0,100.0");
            bundle.Table("results.csv", "sourcedId,status,dateLastModified,lineItemSourcedId,studentSourcedId,scoreStatus,score,scoreDate,comment",
                "res-1,,,li-1,usr-2,fully graded,87.5,2025-09-09,Good work");
            bundle.WriteManifest("bulk", "1.1");
            return bundle;
        }

        public IReadOnlyCollection<string> Names => _files.Keys.Concat(_bytes.Keys).Distinct(StringComparer.Ordinal).ToArray();

        /// <summary>Adds a table; '|' in a cell stands for a comma inside one field (so the cells read simply).</summary>
        public SampleBundle Table(string name, string header, params string[] rows)
        {
            _files[name] = new[] { header }.Concat(rows).Select(r => r.Split(',').Select(c => c.Replace('|', ',')).ToArray()).ToList();
            return this;
        }

        /// <summary>A manifest declaring every data file of the bundle with <paramref name="mode"/>, the others absent.</summary>
        public SampleBundle WriteManifest(string mode, string version = "1.2")
        {
            var rows = new List<string[]> { new[] { "propertyName", "value" }, new[] { "manifest.version", "1.0" }, new[] { "oneroster.version", version } };
            var files = version == "1.1" ? CsvFiles.For(CsvVersion.V1_1) : CsvFiles.All;
            rows.AddRange(files.Select(f => new[] { f.ManifestProperty, _files.ContainsKey(f.Name) ? mode : "absent" }));
            rows.Add(new[] { "source.systemName", "Sample SIS" });
            rows.Add(new[] { "source.systemCode", "SIS1" });
            _files["manifest.csv"] = rows;
            return this;
        }

        public List<string[]> this[string name] => _files[name];

        /// <summary>Sets the cell of a column on a physical line (1 = header).</summary>
        public SampleBundle Set(string file, int line, string column, string value)
        {
            var table = _files[file];
            table[line - 1][Array.IndexOf(table[0], column)] = value;
            return this;
        }

        /// <summary>The manifest value of a property.</summary>
        public SampleBundle Manifest(string property, string value)
        {
            _files["manifest.csv"].Single(r => r[0] == property)[1] = value;
            return this;
        }

        public SampleBundle Remove(string name)
        {
            _files.Remove(name);
            return this;
        }

        /// <summary>Replaces text in a rendered file (for faults the table cannot express: quotes, line breaks).</summary>
        public SampleBundle Raw(string file, string find, string replace)
        {
            _raw.Add((find, replace, file));
            return this;
        }

        public SampleBundle Bytes(string name, byte[] content)
        {
            _bytes[name] = content;
            return this;
        }

        public string Render(string name)
        {
            var text = new StringBuilder();
            foreach (var row in _files[name])
            {
                text.Append(string.Join(",", row.Select(Quote))).Append(NewLine);
            }
            var rendered = text.ToString();
            foreach (var (find, replace, file) in _raw.Where(r => r.File == name))
            {
                if (!rendered.Contains(find, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"'{find}' is not in {name}.");
                }
                rendered = rendered.Replace(find, replace, StringComparison.Ordinal);
            }
            return rendered;
        }

        public byte[] Encode(string name)
        {
            if (_bytes.TryGetValue(name, out var bytes))
            {
                return bytes;
            }
            var body = Encoding.UTF8.GetBytes(Render(name));
            return Bom ? Encoding.UTF8.GetPreamble().Concat(body).ToArray() : body;
        }

        public string WriteFolder(string path)
        {
            Directory.CreateDirectory(path);
            foreach (var name in Names)
            {
                File.WriteAllBytes(Path.Combine(path, name), Encode(name));
            }
            return path;
        }

        public string WriteZip(string path)
        {
            using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
            foreach (var name in Names)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(Encode(name));
            }
            return path;
        }

        private string Quote(string cell) =>
            QuoteAll || cell.AsSpan().ContainsAny(',', '"') ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }
}
