using System;
using System.Buffers;
using System.Buffers.Text;
using System.Collections.Generic;
using System.Text;

namespace OneRoster.Bench
{
    /// <summary>
    /// N deterministic users of about 1 KB each, written as page bodies without serializing objects:
    /// a handful of pre-encoded user templates, split where the user number goes, so a page costs a
    /// memory copy and the server never becomes the bottleneck of what is measured.
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

        /// <summary>Per template: the UTF-8 pieces between the places where the user number goes.</summary>
        private readonly byte[][][] _templates;

        public UserCatalog(int count)
        {
            Count = count;
            _templates = new byte[People.Length][][];
            for (var i = 0; i < People.Length; i++)
            {
                var pieces = Template(People[i], i).Split(NumberMark);
                _templates[i] = Array.ConvertAll(pieces, p => Encoding.UTF8.GetBytes(p));
            }
        }

        /// <summary>How many users the collection holds (the X-Total-Count).</summary>
        public int Count { get; }

        /// <summary>Bytes of one serialized user (all templates are within a few bytes of each other).</summary>
        public int ApproximateUserBytes
        {
            get
            {
                var pieces = _templates[0];
                var size = 0;
                foreach (var piece in pieces)
                {
                    size += piece.Length;
                }
                return size + ((pieces.Length - 1) * NumberDigits);
            }
        }

        /// <summary>Writes <c>{"users":[...]}</c> for users [offset, offset + limit) clipped to the collection.</summary>
        public void WritePage(IBufferWriter<byte> writer, int offset, int limit)
        {
            writer.Write(Open);
            var end = (int)Math.Min((long)offset + limit, Count);
            for (var number = offset; number < end; number++)
            {
                if (number > offset)
                {
                    writer.Write(","u8);
                }
                WriteUser(writer, number);
            }
            writer.Write(Close);
        }

        private void WriteUser(IBufferWriter<byte> writer, int number)
        {
            var pieces = _templates[number % _templates.Length];
            Span<byte> digits = stackalloc byte[NumberDigits];
            Utf8Formatter.TryFormat(number, digits, out _, new StandardFormat('D', NumberDigits));
            writer.Write(pieces[0]);
            for (var i = 1; i < pieces.Length; i++)
            {
                writer.Write(digits);
                writer.Write(pieces[i]);
            }
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
