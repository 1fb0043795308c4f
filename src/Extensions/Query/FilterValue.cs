using System;
using System.Globalization;

namespace OneRoster.Query
{
    /// <summary>
    /// A value on the right of a filter predicate, already in the text form OneRoster compares:
    /// strings as given, numbers in invariant culture, booleans as <c>true</c>/<c>false</c>, dates as
    /// <c>yyyy-MM-dd</c> and date-times as UTC ISO 8601 (<c>2024-05-01T13:45:00Z</c>).
    /// </summary>
    /// <remarks>
    /// OneRoster filter text carries every value in single quotes, so the text is all that reaches
    /// the provider: <c>Field("score").EqualTo(5)</c> and <c>Field("score").EqualTo("5")</c> are the
    /// same filter. Values convert implicitly, so builder calls take any of these types directly.
    /// Vocabulary values (<c>UserRole.Teacher</c>) go through the builder's generic overloads.
    /// </remarks>
    public readonly struct FilterValue : IEquatable<FilterValue>
    {
        private FilterValue(string? text)
        {
            Text = text;
        }

        /// <summary>The value's text as compared by the provider, unescaped; null only for <c>default(FilterValue)</c>.</summary>
        public string? Text { get; }

        /// <summary>A string value, taken as is (quotes in it are escaped when the filter is written).</summary>
        public static implicit operator FilterValue(string? value) => new(value);

        /// <summary>An integer, in invariant culture.</summary>
        public static implicit operator FilterValue(int value) => new(value.ToString(CultureInfo.InvariantCulture));

        /// <summary>An integer, in invariant culture.</summary>
        public static implicit operator FilterValue(long value) => new(value.ToString(CultureInfo.InvariantCulture));

        /// <summary>A decimal, in invariant culture (trailing zeros kept as given).</summary>
        public static implicit operator FilterValue(decimal value) => new(value.ToString(CultureInfo.InvariantCulture));

        /// <summary>A double, in the shortest invariant form that reads back to the same number, without an exponent where a decimal can hold it (<c>0.0000001</c>, not <c>1E-07</c>).</summary>
        /// <exception cref="ArgumentException">The value is NaN or infinite, which no filter can compare against.</exception>
        public static implicit operator FilterValue(double value)
        {
            if (!double.IsFinite(value))
            {
                throw new ArgumentException($"{value} cannot be used in a filter: only finite numbers compare.", nameof(value));
            }

            string shortest = value.ToString("R", CultureInfo.InvariantCulture);

            // Providers compare plain decimals; an exponent would make the value text to most of them.
            bool decimalHoldsIt = Math.Abs(value) < 7.9e28 && (value == 0 || Math.Abs(value) >= 1e-28);
            return new(shortest.Contains('E', StringComparison.Ordinal) && decimalHoldsIt
                ? ((decimal)value).ToString(CultureInfo.InvariantCulture)
                : shortest);
        }

        /// <summary><c>true</c> or <c>false</c>, as the 1.2 binding spells its string flags (<c>enabledUser</c>).</summary>
        public static implicit operator FilterValue(bool value) => new(value ? "true" : "false");

        /// <summary>A calendar date as the spec's <c>date</c>: <c>yyyy-MM-dd</c>.</summary>
        public static implicit operator FilterValue(DateOnly value) =>
            new(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

        /// <summary>An instant as the spec's <c>date-time</c>: converted to UTC, ISO 8601 with <c>Z</c>, fractional seconds only when present.</summary>
        public static implicit operator FilterValue(DateTimeOffset value) =>
            new(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));

        /// <inheritdoc />
        public bool Equals(FilterValue other) => string.Equals(Text, other.Text, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is FilterValue other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => Text is null ? 0 : StringComparer.Ordinal.GetHashCode(Text);

        /// <summary>The value's text (empty for <c>default</c>).</summary>
        public override string ToString() => Text ?? string.Empty;

        /// <summary>Ordinal equality of the texts.</summary>
        public static bool operator ==(FilterValue left, FilterValue right) => left.Equals(right);

        /// <summary>Ordinal inequality of the texts.</summary>
        public static bool operator !=(FilterValue left, FilterValue right) => !left.Equals(right);

        internal string Require(string paramName) =>
            Text ?? throw new ArgumentNullException(paramName, "A filter value is required; to match an empty field use an empty string.");
    }
}
