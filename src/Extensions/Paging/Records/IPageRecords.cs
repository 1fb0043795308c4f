using System;

namespace OneRoster.Paging.Records
{
    /// <summary>
    /// The records of one answered page, read one at a time from its body rather than deserialized into a list.
    /// A 1,000-record page deserialized whole is megabytes of objects alive at once, so every young garbage
    /// collection during its parse copies them into an older generation; read record by record, a collection
    /// finds only the records the caller still holds.
    /// </summary>
    /// <typeparam name="T">The record type, e.g. <c>User</c>.</typeparam>
    internal interface IPageRecords<T> : IDisposable
    {
        /// <summary>Reads the next record of the page; false once the page has none left.</summary>
        /// <exception cref="OneRoster.Errors.OneRosterException">The body is not a list envelope (it says what came back).</exception>
        bool TryRead(out T record);

        /// <summary>The <c>totalCount</c> the body itself reported; known once <see cref="TryRead"/> returned false.</summary>
        long? BodyTotalCount { get; }
    }
}
