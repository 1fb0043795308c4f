using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace OneRoster.Bench
{
    /// <summary>
    /// The district of the sync scenarios: N users (~1 KB each) and 2.6 × N enrollments (~0.5 KB), each record's
    /// JSON encoded once up front so serving a page is copying bytes, with a dateLastModified per record that
    /// <see cref="Touch"/> moves to now for a fraction of them (a changed given name with it) and
    /// <see cref="Reset"/> moves back. <see cref="WritePage"/> answers <c>dateLastModified&gt;'T'</c> the way a
    /// provider evaluating deltas does.
    /// </summary>
    internal sealed class SyncCatalog
    {
        public const double EnrollmentsPerUser = 2.6;
        private static readonly DateTime Base = new(2025, 8, 1, 12, 30, 0, DateTimeKind.Utc);
        private static readonly string[] Given = { "Ava", "Liam", "Sofia", "Noah", "Mia", "Ethan", "Isabella", "Lucas" };
        private static readonly string[] Family = { "Nguyen", "Okafor", "Martinez", "Kowalski", "Haddad", "Johansson", "Rossi", "Tanaka" };

        private readonly Collection _users;
        private readonly Collection _enrollments;
        private readonly object _gate = new();

        public SyncCatalog(int users, bool withEnrollments)
        {
            _users = new Collection("users", users, User);
            _enrollments = new Collection("enrollments", withEnrollments ? (int)(users * EnrollmentsPerUser) : 0, (n, version, modified) => Enrollment(n, users, modified));
            _users.Fill();
            _enrollments.Fill();
        }

        public int Users => _users.Count;

        public int Enrollments => _enrollments.Count;

        public long TotalRecords => (long)_users.Count + _enrollments.Count;

        /// <summary>Modifies every (1/fraction)-th record of both collections now; returns how many changed.</summary>
        public long Touch(double fraction)
        {
            lock (_gate)
            {
                var now = DateTime.UtcNow;
                return _users.Touch(fraction, now) + _enrollments.Touch(fraction, now);
            }
        }

        /// <summary>Every record back to its first version.</summary>
        public void Reset()
        {
            lock (_gate)
            {
                _users.Fill();
                _enrollments.Fill();
            }
        }

        /// <summary>
        /// The collection's page as the provider sends it (in a buffer rented from <see cref="ArrayPool{T}.Shared"/>, to
        /// return after writing it in one piece) and the total count after the filter; null for an unknown collection.
        /// </summary>
        public (int Total, byte[] Buffer, int Length)? Page(string collection, DateTime? modifiedAfter, int offset, int limit)
        {
            var source = collection == "users" ? _users : collection == "enrollments" ? _enrollments : null;
            if (source is null)
            {
                return null;
            }
            lock (_gate)
            {
                return source.Page(modifiedAfter, offset, limit);
            }
        }

        private static string Stamp(DateTime value) => value.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

        internal static string User(int n, int version, DateTime modified)
        {
            var given = Given[n % Given.Length] + (version == 0 ? "" : "-v" + version.ToString(CultureInfo.InvariantCulture));
            var family = Family[n / Given.Length % Family.Length];
            var login = $"{Given[n % Given.Length].ToLowerInvariant()}.{family.ToLowerInvariant()}.{n:D7}";
            var school = $"school-{n % 40 + 1:D3}";
            const string orgs = "https://sis.example.org/ims/oneroster/rostering/v1p2/orgs/";
            return "{" + string.Join(",",
                $"\"sourcedId\":\"user-{n:D7}\"", "\"status\":\"active\"", $"\"dateLastModified\":\"{Stamp(modified)}\"",
                $"\"metadata\":{{\"ext:sisId\":\"sis-{n:D7}\",\"ext:graduationYear\":\"2031\",\"ext:homeroom\":\"HR-{n % 30 + 101}\"}}",
                $"\"userMasterIdentifier\":\"umi-{n:D7}\"", $"\"username\":\"{login}\"",
                $"\"userIds\":[{{\"type\":\"SIS\",\"identifier\":\"sis-{n:D7}\"}},{{\"type\":\"LDAP\",\"identifier\":\"uid={login},ou=people\"}}]",
                "\"enabledUser\":\"true\"", $"\"givenName\":\"{given}\"", $"\"familyName\":\"{family}\"", "\"middleName\":\"Rose\"",
                $"\"roles\":[{{\"roleType\":\"primary\",\"role\":\"student\",\"org\":{{\"href\":\"{orgs}{school}\",\"sourcedId\":\"{school}\",\"type\":\"org\"}},\"beginDate\":\"2025-08-15\",\"endDate\":\"2026-06-12\"}}," +
                    $"{{\"roleType\":\"secondary\",\"role\":\"student\",\"org\":{{\"href\":\"{orgs}district-01\",\"sourcedId\":\"district-01\",\"type\":\"org\"}}}}]",
                $"\"primaryOrg\":{{\"href\":\"{orgs}{school}\",\"sourcedId\":\"{school}\",\"type\":\"org\"}}",
                $"\"identifier\":\"{n:D7}\"", $"\"email\":\"{login}@students.example.org\"",
                $"\"grades\":[\"{n % 12 + 1:D2}\"]") + "}";
        }

        internal static string Enrollment(int n, int users, DateTime modified)
        {
            var user = users == 0 ? 0 : n % users;
            var school = $"school-{user % 40 + 1:D3}";
            const string root = "https://sis.example.org/ims/oneroster/rostering/v1p2/";
            return "{" + string.Join(",",
                $"\"sourcedId\":\"enrollment-{n:D8}\"", "\"status\":\"active\"", $"\"dateLastModified\":\"{Stamp(modified)}\"",
                $"\"metadata\":{{\"ext:seat\":\"{n % 32}\"}}",
                $"\"user\":{{\"href\":\"{root}users/user-{user:D7}\",\"sourcedId\":\"user-{user:D7}\",\"type\":\"user\"}}",
                $"\"class\":{{\"href\":\"{root}classes/class-{n % 5000:D5}\",\"sourcedId\":\"class-{n % 5000:D5}\",\"type\":\"class\"}}",
                $"\"school\":{{\"href\":\"{root}orgs/{school}\",\"sourcedId\":\"{school}\",\"type\":\"org\"}}",
                $"\"role\":\"{(n % 10 == 0 ? "teacher" : "student")}\"", "\"primary\":\"false\"",
                "\"beginDate\":\"2025-08-15\"", "\"endDate\":\"2026-06-12\"") + "}";
        }

        /// <summary>One collection's records: their bytes, dateLastModified and version.</summary>
        private sealed class Collection
        {
            private readonly byte[] _open;
            private readonly byte[] _close = Encoding.UTF8.GetBytes("]}");
            private readonly Func<int, int, DateTime, string> _json;
            private readonly byte[][] _bytes;
            private readonly DateTime[] _modified;
            private readonly int[] _version;
            private (DateTime After, int[] Indexes)? _filtered;

            public Collection(string name, int count, Func<int, int, DateTime, string> json)
            {
                _open = Encoding.UTF8.GetBytes("{\"" + name + "\":[");
                _json = json;
                _bytes = new byte[count][];
                _modified = new DateTime[count];
                _version = new int[count];
            }

            public int Count => _bytes.Length;

            public void Fill()
            {
                for (var n = 0; n < Count; n++)
                {
                    _version[n] = 0;
                    _modified[n] = Base;
                    _bytes[n] = Encoding.UTF8.GetBytes(_json(n, 0, Base));
                }
                _filtered = null;
            }

            public long Touch(double fraction, DateTime now)
            {
                var step = Math.Max(1, (int)Math.Round(1 / fraction));
                long touched = 0;
                for (var n = 0; n < Count; n += step)
                {
                    _version[n]++;
                    _modified[n] = now;
                    _bytes[n] = Encoding.UTF8.GetBytes(_json(n, _version[n], now));
                    touched++;
                }
                _filtered = null;
                return touched;
            }

            public (int Total, byte[] Buffer, int Length) Page(DateTime? modifiedAfter, int offset, int limit)
            {
                IReadOnlyList<int>? indexes = null;
                if (modifiedAfter is { } after)
                {
                    if (_filtered is not { } cached || cached.After != after)
                    {
                        var list = new List<int>();
                        for (var n = 0; n < Count; n++)
                        {
                            if (_modified[n] > after)
                            {
                                list.Add(n);
                            }
                        }
                        _filtered = (after, list.ToArray());
                    }
                    indexes = _filtered.Value.Indexes;
                }
                var total = indexes?.Count ?? Count;
                var end = (int)Math.Min((long)Math.Max(0, offset) + limit, total);
                var size = _open.Length + _close.Length;
                for (var i = offset; i < end; i++)
                {
                    size += _bytes[indexes is null ? i : indexes[i]].Length + 1;
                }
                var buffer = ArrayPool<byte>.Shared.Rent(size);
                var length = 0;
                Append(buffer, ref length, _open);
                for (var i = offset; i < end; i++)
                {
                    if (i > offset)
                    {
                        buffer[length++] = (byte)',';
                    }
                    Append(buffer, ref length, _bytes[indexes is null ? i : indexes[i]]);
                }
                Append(buffer, ref length, _close);
                return (total, buffer, length);
            }

            private static void Append(byte[] buffer, ref int length, byte[] bytes)
            {
                bytes.CopyTo(buffer, length);
                length += bytes.Length;
            }
        }
    }
}
