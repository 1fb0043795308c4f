using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using NUnit.Framework;
using OneRoster.Rostering;

namespace OneRoster.Tests.Serialization
{
    /// <summary>
    /// Hrefs named again by later records are read once and shared (a <see cref="Uri"/> is immutable), and sharing never
    /// hands a record another href's Uri: the generated reader of <see cref="GuidRef"/> over hrefs chosen to fall into
    /// the same slots, read in an order that keeps replacing them.
    /// </summary>
    [TestFixture]
    public class RecentUrisTests
    {
        private static readonly Func<byte[], (bool Read, object? Value)> ReadRef = Utf8Readers.ForType(typeof(GuidRef));

        [Test]
        public void A_repeated_href_is_one_shared_uri()
        {
            var first = Href("https://sis.example.org/ims/oneroster/rostering/v1p2/orgs/school-001");
            var again = Href("https://sis.example.org/ims/oneroster/rostering/v1p2/orgs/school-001");

            Assert.That(again, Is.SameAs(first));
            Assert.That(again.OriginalString, Is.EqualTo("https://sis.example.org/ims/oneroster/rostering/v1p2/orgs/school-001"));
        }

        [Test]
        public void Every_href_reads_as_its_own_text_however_the_slots_are_shared()
        {
            // 400 distinct hrefs over 32 slots, many with equal lengths and similar tails, each read three times in a
            // shuffled order: any mix-up of a slot's key would hand back another href's Uri.
            var random = new Random(20261204);
            var texts = Enumerable.Range(0, 400)
                .Select(i => i % 3 == 0 ? $"https://a.example/orgs/s{i:D4}" : i % 3 == 1 ? $"https://b.example/users/u-{i:D4}" : $"/relative/{i:D4}")
                .ToList();
            var order = texts.Concat(texts).Concat(texts).OrderBy(_ => random.Next()).ToList();

            var wrong = order.Select(t => (Text: t, Read: Href(t).OriginalString)).Where(p => p.Read != p.Text).Take(5).ToList();

            Assert.That(wrong, Is.Empty);
        }

        [Test]
        public void An_escaped_href_is_read_from_its_unescaped_text_and_not_confused_with_the_plain_one()
        {
            var plain = Href("https://sis.example.org/orgs/s1");
            var escaped = ReadRef(Encoding.UTF8.GetBytes("{\"href\":\"https:\\/\\/sis.example.org\\/orgs\\/s1\",\"sourcedId\":\"s1\",\"type\":\"org\"}"));
            var other = Href("https://sis.example.org/orgs/s2");

            Assert.That(((GuidRef)escaped.Value!).Href, Is.EqualTo(plain));
            Assert.That(other.OriginalString, Is.EqualTo("https://sis.example.org/orgs/s2"));
        }

        private static Uri Href(string text)
        {
            var (read, value) = ReadRef(Encoding.UTF8.GetBytes($"{{\"href\":\"{text}\",\"sourcedId\":\"x\",\"type\":\"org\"}}"));
            Assert.That(read, Is.True, text);
            return ((GuidRef)value!).Href!;
        }
    }
}
