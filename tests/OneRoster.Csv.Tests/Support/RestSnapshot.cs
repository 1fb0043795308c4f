using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using OneRoster.Collections;

namespace OneRoster.Csv.Tests.Support
{
    /// <summary>Every record of every collection the binding covers, as the REST client returns it, by CSV file name.</summary>
    internal static class RestSnapshot
    {
        public static async Task<Dictionary<string, List<JObject>>> TakeAsync(OneRosterClient client)
        {
            var snapshot = new Dictionary<string, List<JObject>>(StringComparer.Ordinal);
            async Task Add<T>(CsvFile<T> file, RecordList<T> collection) where T : class, new() =>
                snapshot[file.Name] = (await collection.ToListAsync()).Select(r => JObject.FromObject(r)).ToList();
            await Add(CsvFiles.Orgs, client.Orgs);
            await Add(CsvFiles.AcademicSessions, client.AcademicSessions);
            await Add(CsvFiles.Courses, client.Courses);
            await Add(CsvFiles.Classes, client.Classes);
            await Add(CsvFiles.Users, client.Users);
            await Add(CsvFiles.Enrollments, client.Enrollments);
            await Add(CsvFiles.Demographics, client.Demographics);
            await Add(CsvFiles.Resources, client.Resources);
            await Add(CsvFiles.Categories, client.Categories);
            await Add(CsvFiles.ScoreScales, client.ScoreScales);
            await Add(CsvFiles.LineItems, client.LineItems);
            await Add(CsvFiles.Results, client.Results);
            return snapshot;
        }
    }
}
