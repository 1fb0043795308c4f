using System;
using System.IO;
using System.Linq;
using Newtonsoft.Json;
using OneRoster;
using OneRoster.Serialization;
using Rostering = OneRoster.Rostering;

// The full walk-through (embedded fake provider, streaming, writes) arrives with the fake-server
// work; until then the demo shows the generated models reading a realistic, messy provider answer.
Console.WriteLine("OneRoster.Generated demo");
Console.WriteLine("The embedded fake provider and the live walk-through are coming; this build shows the generated models.");
Console.WriteLine();

const string answer = """
{"users":[
 {"sourcedId":"u-1","status":"active","enabledUser":true,"givenName":"Maeve","familyName":"O'Brien",
  "dateLastModified":"2025-08-14T09:30:12Z","roles":[{"roleType":"primary","role":"student","org":{"sourcedId":"s-1","type":"org"}}]},
 {"sourcedId":"u-2","status":"active","enabledUser":"true","givenName":"Ravi","familyName":"Patel",
  "dateLastModified":"2025-08-15","roles":[{"roleType":"primary","role":"teacher","org":{"sourcedId":"s-1","type":"org"}}]},
 {"sourcedId":"u-3","status":"active","enabledUser":"false","givenName":"Ana","familyName":"Silva",
  "dateLastModified":"2025-08-16T10:00:00-05:00","roles":[{"roleType":"primary","role":"ext:tutor","org":{"sourcedId":"s-1","type":"org"}}],
  "ext:vendorField":{"kept":true}}
],"totalCount":3}
""";

using var reader = new JsonTextReader(new StringReader(answer));
var page = OneRosterJson.CreateSerializer().Deserialize<Rostering.UserSet>(reader)!;

Console.WriteLine($"{"sourcedId",-10} {"name",-16} {"role",-10} {"known?",-7} {"enabled",-8} dateLastModified");
foreach (var user in page.Users!)
{
    var role = user.Roles!.First().Role;
    var known = UserRole.KnownValues.Any(k => k == role);
    Console.WriteLine($"{user.SourcedId,-10} {user.GivenName + " " + user.FamilyName,-16} {role,-10} {(known ? "yes" : "ext"),-7} {user.EnabledUser,-8} {user.DateLastModified:O}");
}
Console.WriteLine();
Console.WriteLine($"Unknown fields kept: {string.Join(", ", page.Users.SelectMany(u => u.AdditionalProperties.Keys).Concat(page.AdditionalProperties.Keys))}");
