namespace OneRoster.Csv
{
    /// <summary>The value types of the OneRoster CSV binding: what a column's text must look like.</summary>
    public enum CsvValueType
    {
        /// <summary>A sourcedId: 1–255 characters from <c>0-9 A-Z a-z . - _ / @</c>.</summary>
        Guid,

        /// <summary>The sourcedId of a record in another (or the same) file; see <see cref="CsvColumn.References"/>.</summary>
        GuidReference,

        /// <summary>Several GUID references in one field, comma-separated (the field quoted when it holds more than one).</summary>
        GuidReferenceList,

        /// <summary>An identifier assigned outside OneRoster (a vendor's); free text.</summary>
        Id,

        /// <summary>Free text.</summary>
        String,

        /// <summary>Several strings in one field, comma-separated; items cannot contain commas.</summary>
        StringList,

        /// <summary>One token of <see cref="CsvColumn.Values"/> (or an <c>ext:</c> token where <see cref="CsvColumn.IsExtensible"/>).</summary>
        Enumeration,

        /// <summary>Several tokens of <see cref="CsvColumn.Values"/>, comma-separated.</summary>
        EnumerationList,

        /// <summary><c>true</c> or <c>false</c>, lower case.</summary>
        Boolean,

        /// <summary>A base-10 integer.</summary>
        Integer,

        /// <summary>A decimal number, e.g. <c>100.0</c>.</summary>
        Float,

        /// <summary><c>YYYY-MM-DD</c>.</summary>
        Date,

        /// <summary><c>YYYY-MM-DDTHH:MM:SS.sssZ</c> (UTC, milliseconds) in 1.2.1; ISO 8601 in 1.1.</summary>
        DateTime,

        /// <summary><c>YYYY</c>.</summary>
        Year,

        /// <summary><c>users.userIds</c>: <c>{type:identifier}</c> items, comma-separated.</summary>
        UserIdList,

        /// <summary><c>scoreScales.scoreScaleValue</c>: <c>{left:right}</c> items, comma-separated.</summary>
        ScoreScaleValueList,
    }
}
