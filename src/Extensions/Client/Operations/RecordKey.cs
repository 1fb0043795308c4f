using System;
using System.Collections.Concurrent;
using System.Reflection;

namespace OneRoster.Operations
{
    /// <summary>Reads the <c>sourcedId</c> of any generated record type (used to merge and deduplicate).</summary>
    internal static class RecordKey
    {
        private static readonly ConcurrentDictionary<Type, PropertyInfo?> Properties = new();

        public static Func<T, string?> For<T>()
        {
            var property = Properties.GetOrAdd(typeof(T), t => t.GetProperty("SourcedId", BindingFlags.Public | BindingFlags.Instance));
            if (property is null || property.PropertyType != typeof(string))
            {
                return _ => null;
            }
            var getter = (Func<T, string?>)Delegate.CreateDelegate(typeof(Func<T, string?>), property.GetGetMethod()!);
            return getter;
        }
    }
}
