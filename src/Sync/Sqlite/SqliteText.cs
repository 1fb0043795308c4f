using System;
using System.Globalization;
using Microsoft.Data.Sqlite;

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

        public static string? Nullable(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

        /// <summary>The seven reference columns, read from <paramref name="first"/> on in the schema's order (org … line item).</summary>
        public static RosterReferences References(SqliteDataReader reader, int first) => new(
            Nullable(reader, first), Nullable(reader, first + 1), Nullable(reader, first + 2), Nullable(reader, first + 3),
            Nullable(reader, first + 4), Nullable(reader, first + 5), Nullable(reader, first + 6));
    }
}
