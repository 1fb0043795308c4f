using System;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.NUnit;
using NUnit.Framework;
using PropertyAttribute = FsCheck.NUnit.PropertyAttribute;
using OneRoster.Serialization;

namespace OneRoster.Tests.Serialization
{
    /// <summary>
    /// The fast date reader must agree with the BCL parser it short-cuts: whatever it accepts reads to the
    /// same value (and offset) the culture-aware parser gives, and everything else is left to that parser.
    /// </summary>
    /// <remarks>FsCheck's Property attribute supplies the arguments, which the NUnit analyzer cannot see.</remarks>
#pragma warning disable NUnit1027
    public class IsoDateTextTests
    {
        [Property(MaxTest = 2000, Arbitrary = new[] { typeof(IsoArbitraries) })]
        public Property Instants_read_as_the_bcl_reads_them(InstantText sample)
        {
            var accepted = IsoDateText.TryParseInstant(sample.Text, out var fast);
            var bcl = DateTimeOffset.Parse(sample.Text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
            return (accepted && fast == bcl && fast.Offset == bcl.Offset && fast.Ticks == bcl.Ticks).Label(sample.Text);
        }

        [Property(MaxTest = 1000, Arbitrary = new[] { typeof(IsoArbitraries) })]
        public Property Dates_read_as_the_bcl_reads_them(DateText sample)
        {
            var accepted = IsoDateText.TryParseDate(sample.Text, out var fast);
            var bcl = DateOnly.ParseExact(sample.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            return (accepted && fast == bcl).Label(sample.Text);
        }

#pragma warning restore NUnit1027
        [TestCase("2025-08-01T12:30:00")]               // no offset: the converter's fallback assumes UTC
        [TestCase("2025-08-01 12:30:00Z")]              // space separator
        [TestCase("2025-08-01t12:30:00z")]              // lower-case designators
        [TestCase("2025-08-01T12:30:00.12345678Z")]     // more fraction digits than ticks hold
        [TestCase("2025-08-01T12:30:00.Z")]             // empty fraction
        [TestCase("2025-08-01T24:00:00Z")]              // hour 24
        [TestCase("2025-08-01T12:30:60Z")]              // leap second
        [TestCase("2025-08-01T12:30:00+14:30")]         // offset beyond ±14:00
        [TestCase("2025-08-01T12:30:00+0200")]          // offset without colon
        [TestCase("2025-02-29T12:30:00Z")]              // not a leap year
        [TestCase("0001-01-01T00:00:00Z")]              // edge years go to the BCL
        [TestCase("２０２５-08-01T12:30:00Z")]           // non-ASCII digits
        [TestCase("2025-08-01T12:30:00Z ")]             // trailing space
        public void Unusual_instants_are_left_to_the_bcl(string text)
        {
            Assert.That(IsoDateText.TryParseInstant(text, out _), Is.False);
        }

        [TestCase("2025-02-29")]
        [TestCase("2025-13-01")]
        [TestCase("2025-00-10")]
        [TestCase("2025-1-01")]
        [TestCase("0000-01-01")]
        [TestCase("2025/08/01")]
        public void Unusual_dates_are_left_to_the_bcl(string text)
        {
            Assert.That(IsoDateText.TryParseDate(text, out _), Is.False);
        }

        [TestCase("2025-08-01T12:30:00", "2025-08-01T12:30:00+00:00")]
        [TestCase("2025-08-01t12:30:00z", "2025-08-01T12:30:00+00:00")]
        [TestCase("2025-08-01T12:30:00+0200", "2025-08-01T12:30:00+02:00")]
        public void The_converter_still_reads_what_the_fast_path_leaves_to_the_bcl(string wire, string expected)
        {
            var user = Newtonsoft.Json.JsonConvert.DeserializeObject<OneRoster.Rostering.SingleUser>(
                "{\"user\":{\"dateLastModified\":\"" + wire + "\"}}", Settings())!.User!;
            var want = DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture);
            Assert.That(user.DateLastModified, Is.EqualTo(want));
            Assert.That(user.DateLastModified!.Value.Offset, Is.EqualTo(want.Offset));
        }

        private static Newtonsoft.Json.JsonSerializerSettings Settings() => OneRosterJson.Settings;
    }

    /// <summary>An instant written in the canonical shape: <c>yyyy-MM-ddTHH:mm:ss[.f…]</c> then <c>Z</c> or <c>±HH:mm</c>.</summary>
    public sealed record InstantText(string Text);

    /// <summary>A calendar date written as <c>yyyy-MM-dd</c>.</summary>
    public sealed record DateText(string Text);

    public static class IsoArbitraries
    {
        private static readonly Gen<DateOnly> Dates =
            from year in Gen.Choose(2, 9998)
            from month in Gen.Choose(1, 12)
            from day in Gen.Choose(1, DateTime.DaysInMonth(year, month))
            select new DateOnly(year, month, day);

        public static Arbitrary<DateText> DateText() =>
            Dates.Select(d => new DateText(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))).ToArbitrary();

        public static Arbitrary<InstantText> InstantText() =>
            (from date in Dates
             from hour in Gen.Choose(0, 23)
             from minute in Gen.Choose(0, 59)
             from second in Gen.Choose(0, 59)
             from digits in Gen.Choose(0, 7)
             from fraction in Gen.Choose(0, 9_999_999)
             from offsetMinutes in Gen.Frequency((1, Gen.Constant<int?>(null)), (3, Gen.Choose(-14 * 60, 14 * 60).Select(m => (int?)m)))
             select new InstantText(Format(date, hour, minute, second, digits, fraction, offsetMinutes))).ToArbitrary();

        private static string Format(DateOnly date, int hour, int minute, int second, int digits, int fraction, int? offsetMinutes)
        {
            var text = FormattableString.Invariant($"{date:yyyy-MM-dd}T{hour:00}:{minute:00}:{second:00}");
            if (digits > 0)
            {
                text += "." + fraction.ToString("0000000", CultureInfo.InvariantCulture)[..digits];
            }
            if (offsetMinutes is not { } offset)
            {
                return text + "Z";
            }
            var sign = offset < 0 ? '-' : '+';
            var magnitude = Math.Abs(offset);
            return text + FormattableString.Invariant($"{sign}{magnitude / 60:00}:{magnitude % 60:00}");
        }
    }
}
