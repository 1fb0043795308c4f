using System;
using System.Buffers;
using System.Buffers.Text;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace OneRoster.Bench
{
    /// <summary>
    /// N deterministic users of about 1 KB each, written as page bodies without serializing objects:
    /// a handful of pre-encoded user templates with the places where the user number goes, so a user costs one
    /// copy and a few digit patches, and a page is handed to the server in one write. The server must not
    /// become what is measured: it shares the machine's cores with the client being measured (writing each
    /// template piece separately took a lock in Kestrel's output per piece, a fifth of the server's CPU).
    /// </summary>
    internal sealed class UserCatalog
    {
        private const char NumberMark = '\u0001';
        private const int NumberDigits = 7;
        private static readonly byte[] Open = Encoding.UTF8.GetBytes("{\"users\":[");
        private static readonly byte[] Close = Encoding.UTF8.GetBytes("]}");

        private static readonly (string Given, string Family, string Middle, string Role, string Grade)[] People =
        {
            ("Ava", "Nguyen", "Rose", "student", "05"), ("Liam", "Okafor", "James", "student", "07"),
            ("Sofia", "Martinez", "Elena", "student", "09"), ("Noah", "Kowalski", "Adam", "student", "11"),
            ("Mia", "Haddad", "Noor", "student", "03"), ("Ethan", "Johansson", "Erik", "teacher", "08"),
            ("Isabella", "Rossi", "Maria", "student", "KG"), ("Lucas", "Tanaka", "Ken", "aide", "06"),
        };

        /// <summary>Per template: one user's UTF-8 bytes, and where in them the user number's digits go.</summary>
        private readonly (byte[] Bytes, int[] NumberAt)[] _templates;

        /// <summary>Bytes of the longest template, to size a page's buffer.</summary>
        private readonly int _longestUser;

        public UserCatalog(int count)
        {
            Count = count;
            _templates = new (byte[], int[])[People.Length];
            for (var i = 0; i < People.Length; i++)
            {
                var pieces = Template(People[i], i).Split(NumberMark).Select(p => Encoding.UTF8.GetBytes(p)).ToArray();
                var bytes = new List<byte>();
                var numberAt = new List<int>();
                for (var k = 0; k < pieces.Length; k++)
                {
                    if (k > 0)
                    {
                        numberAt.Add(bytes.Count);
                        bytes.AddRange(new byte[NumberDigits]);
                    }
                    bytes.AddRange(pieces[k]);
                }
                _templates[i] = (bytes.ToArray(), numberAt.ToArray());
            }
            _longestUser = _templates.Max(t => t.Bytes.Length);
        }

        /// <summary>How many users the collection holds (the X-Total-Count).</summary>
        public int Count { get; }

        /// <summary>Bytes of one serialized user (all templates are within a few bytes of each other).</summary>
        public int ApproximateUserBytes => _templates[0].Bytes.Length;

        /// <summary>Writes <c>{"users":[...]}</c> for users [offset, offset + limit) clipped to the collection.</summary>
        public void WritePage(IBufferWriter<byte> writer, int offset, int limit)
        {
            var end = (int)Math.Min((long)offset + limit, Count);
            var users = Math.Max(0, end - offset);
            var buffer = ArrayPool<byte>.Shared.Rent(Open.Length + (users * (_longestUser + 1)) + Close.Length);
            try
            {
                var length = 0;
                Append(buffer, ref length, Open);
                for (var number = offset; number < end; number++)
                {
                    if (number > offset)
                    {
                        buffer[length++] = (byte)',';
                    }
                    var (bytes, numberAt) = _templates[number % _templates.Length];
                    var user = buffer.AsSpan(length, bytes.Length);
                    bytes.CopyTo(user);
                    foreach (var at in numberAt)
                    {
                        Utf8Formatter.TryFormat(number, user.Slice(at, NumberDigits), out _, new StandardFormat('D', NumberDigits));
                    }
                    length += bytes.Length;
                }
                Append(buffer, ref length, Close);
                writer.Write(buffer.AsSpan(0, length));
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        private static void Append(byte[] buffer, ref int length, byte[] bytes)
        {
            bytes.CopyTo(buffer, length);
            length += bytes.Length;
        }

        private static string Template((string Given, string Family, string Middle, string Role, string Grade) p, int index)
        {
            var n = NumberMark.ToString();
            var login = $"{p.Given.ToLowerInvariant()}.{p.Family.ToLowerInvariant()}.{n}";
            var school = $"school-{index + 1:D3}";
            var orgs = "https://sis.example.org/ims/oneroster/rostering/v1p2/orgs/";
            var users = "https://sis.example.org/ims/oneroster/rostering/v1p2/users/";
            var parts = new List<string>
            {
                $"\"sourcedId\":\"user-{n}\"",
                "\"status\":\"active\"",
                "\"dateLastModified\":\"2025-08-01T12:30:00.000Z\"",
                $"\"metadata\":{{\"ext:sisId\":\"sis-{n}\",\"ext:graduationYear\":\"2031\",\"ext:homeroom\":\"HR-{index + 101}\"}}",
                $"\"userMasterIdentifier\":\"umi-{n}\"",
                $"\"username\":\"{login}\"",
                $"\"userIds\":[{{\"type\":\"SIS\",\"identifier\":\"sis-{n}\"}},{{\"type\":\"LDAP\",\"identifier\":\"uid={login},ou=people\"}}]",
                "\"enabledUser\":\"true\"",
                $"\"givenName\":\"{p.Given}\"",
                $"\"familyName\":\"{p.Family}\"",
                $"\"middleName\":\"{p.Middle}\"",
                $"\"preferredFirstName\":\"{p.Given}\"",
                $"\"roles\":[{{\"roleType\":\"primary\",\"role\":\"{p.Role}\",\"org\":{{\"href\":\"{orgs}{school}\",\"sourcedId\":\"{school}\",\"type\":\"org\"}},\"beginDate\":\"2025-08-15\",\"endDate\":\"2026-06-12\"}}," +
                    $"{{\"roleType\":\"secondary\",\"role\":\"{p.Role}\",\"org\":{{\"href\":\"{orgs}district-01\",\"sourcedId\":\"district-01\",\"type\":\"org\"}}}}]",
                $"\"primaryOrg\":{{\"href\":\"{orgs}{school}\",\"sourcedId\":\"{school}\",\"type\":\"org\"}}",
                $"\"identifier\":\"{n}\"",
                $"\"email\":\"{login}@students.example.org\"",
                $"\"agents\":[{{\"href\":\"{users}guardian-{n}\",\"sourcedId\":\"guardian-{n}\",\"type\":\"user\"}}]",
                $"\"grades\":[\"{p.Grade}\"]",
            };
            return "{" + string.Join(",", parts) + "}";
        }
    }
}
