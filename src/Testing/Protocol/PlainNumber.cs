using System;
using System.Globalization;

namespace OneRoster.Testing.Protocol
{
    /// <summary>
    /// A number as a filter compares it: exact (decimal) when both sides are exact, approximate (double)
    /// otherwise. Text counts as a number only in plain decimal notation (<c>42</c>, <c>-0.5</c>, <c>0042</c>): an
    /// exponent or digit grouping keeps ids such as <c>1e5</c> or <c>1,000</c> text, as docs/filtering.md says.
    /// </summary>
    internal readonly record struct PlainNumber(decimal? Exact, double Approximate) : IComparable<PlainNumber>
    {
        private const NumberStyles Plain = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

        public static bool TryRead(string text, out PlainNumber number)
        {
            number = default;
            if (!IsPlainDecimal(text))
            {
                return false;
            }
            // Beyond decimal's 28 digits the text is still a number, only not an exact one.
            number = decimal.TryParse(text, Plain, CultureInfo.InvariantCulture, out var exact)
                ? new PlainNumber(exact, (double)exact)
                : new PlainNumber(null, double.Parse(text, Plain, CultureInfo.InvariantCulture));
            return true;
        }

        /// <summary>A JSON number of a record (or a value a test put into a record by hand).</summary>
        public static PlainNumber? Of(object? value) => value switch
        {
            long whole => new PlainNumber(whole, whole),
            int whole => new PlainNumber(whole, whole),
            decimal exact => new PlainNumber(exact, (double)exact),
            double approximate => new PlainNumber(null, approximate),
            float approximate => new PlainNumber(null, approximate),
            System.Numerics.BigInteger huge => new PlainNumber(null, (double)huge),
            _ => null,
        };

        /// <summary>An optional sign, then digits with at most one decimal point, at least one digit in all.</summary>
        private static bool IsPlainDecimal(string text)
        {
            var digits = 0;
            var points = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsAsciiDigit(c))
                {
                    digits++;
                }
                else if (c == '.')
                {
                    points++;
                }
                else if (i > 0 || c is not ('+' or '-'))
                {
                    return false;
                }
            }
            return digits > 0 && points <= 1;
        }

        public int CompareTo(PlainNumber other) =>
            Exact is { } mine && other.Exact is { } theirs ? mine.CompareTo(theirs) : Approximate.CompareTo(other.Approximate);
    }
}
