using System;
using System.Globalization;

namespace OneRoster.Sync
{
    /// <summary>How instants are kept in SQLite: UTC ISO 8601 text of fixed width, so text order is time order.</summary>
    internal static class SqliteText
    {
        private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

        public static string From(DateTimeOffset value) => value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

        public static object FromNullable(DateTimeOffset? value) => value is { } v ? From(v) : DBNull.Value;

        public static DateTimeOffset To(string text) =>
            DateTimeOffset.ParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
    }
}
