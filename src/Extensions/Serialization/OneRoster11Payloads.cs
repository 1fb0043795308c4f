using System;
using System.Collections.Generic;
using OneRoster.Gradebook;
using OneRoster.Rostering;

namespace OneRoster.Serialization
{
    /// <summary>
    /// Which <see cref="OneRoster11Mapping"/> a record type is read with, and which writes OneRoster 1.1 has. A 1.2
    /// profile gets no mapping at all, so its reads cost what they cost before.
    /// </summary>
    internal static class OneRoster11Payloads
    {
        private static readonly Dictionary<Type, OneRoster11Mapping> ByRecord = new()
        {
            [typeof(User)] = OneRoster11Users.Instance,
            [typeof(Class)] = OneRoster11Classes.Instance,
            [typeof(Course)] = OneRoster11Classes.Instance,
            [typeof(Enrollment)] = OneRoster11Flags.Enrollments,
            [typeof(Demographics)] = OneRoster11Flags.Demographics,
            [typeof(LineItem)] = OneRoster11LineItems.Instance,
            [typeof(Result)] = OneRoster11Results.Instance,
            [typeof(Category)] = OneRoster11Categories.Instance,
        };

        // Write bodies by their envelope key ({"lineItem": …}, {"lineItems": […]}).
        private static readonly Dictionary<string, OneRoster11Mapping> ByBodyKey = new(StringComparer.Ordinal)
        {
            ["user"] = OneRoster11Users.Instance,
            ["users"] = OneRoster11Users.Instance,
            ["lineItem"] = OneRoster11LineItems.Instance,
            ["lineItems"] = OneRoster11LineItems.Instance,
            ["result"] = OneRoster11Results.Instance,
            ["results"] = OneRoster11Results.Instance,
            ["category"] = OneRoster11Categories.Instance,
            ["categories"] = OneRoster11Categories.Instance,
        };

        // The OneRoster 1.1 REST binding lets a consumer write only to Gradebook: PUT and DELETE of line items,
        // results and categories. Rostering and Resources are read-only; the POSTs of 1.2 (and Timeback's writes) are new.
        private static readonly HashSet<string> Writes = new(StringComparer.Ordinal)
        {
            "putLineItem", "putResult", "putCategory", "deleteLineItem", "deleteResult", "deleteCategory",
        };

        /// <summary>The mapping <typeparamref name="TRecord"/> is read with from <paramref name="provider"/>; null for a 1.2 provider.</summary>
        public static OneRoster11Mapping? ReadingFor<TRecord>(OneRosterProvider provider) =>
            provider.PayloadVersion == OneRosterVersion.V1p1 ? Of(typeof(TRecord)) : null;

        /// <summary>The mapping of <paramref name="recordType"/>; references only for types 1.1 has no other difference in.</summary>
        public static OneRoster11Mapping Of(Type recordType) =>
            ByRecord.TryGetValue(recordType, out var mapping) ? mapping : OneRoster11Mapping.References;

        /// <summary>The mapping of the records a write body holds under <paramref name="key"/>; null when they are sent as serialized.</summary>
        public static OneRoster11Mapping? ForBodyKey(string key) => ByBodyKey.TryGetValue(key, out var mapping) ? mapping : null;

        /// <summary>Checks that <paramref name="provider"/> (a 1.1 one) takes the write <paramref name="operationId"/>.</summary>
        /// <exception cref="NotSupportedException">The 1.1 binding has no such operation and the profile does not allow writes beyond it.</exception>
        public static void EnsureWritable(string operationId, OneRosterProvider provider)
        {
            if (!Writes.Contains(operationId) && !provider.AllowWritesBeyondOneRoster11)
            {
                throw new NotSupportedException(
                    $"{operationId} is not part of OneRoster 1.1, which the provider '{provider.Name}' speaks (PayloadVersion V1p1): 1.1 lets a " +
                    "consumer write only line items, results and categories, by PUT and DELETE (putLineItem, putResult, putCategory). Nothing was sent. " +
                    "If your provider takes this write, set AllowWritesBeyondOneRoster11 on its profile.");
            }
        }
    }
}
