using System;

namespace OneRoster.Collections
{
    /// <summary>Checks ids before any request is built, so the error names the argument the caller passed.</summary>
    internal static class SourcedIds
    {
        public static void Validate(string? sourcedId, string parameterName = "sourcedId")
        {
            if (string.IsNullOrWhiteSpace(sourcedId))
            {
                throw new ArgumentException("A sourcedId must be a non-empty, non-blank string.", parameterName);
            }
            if (sourcedId is "." or "..")
            {
                throw new ArgumentException($"'{sourcedId}' is not a valid sourcedId: it would change the request path.", parameterName);
            }
        }

        public static string[] Append(string[] parentIds, string sourcedId)
        {
            var ids = new string[parentIds.Length + 1];
            parentIds.CopyTo(ids, 0);
            ids[^1] = sourcedId;
            return ids;
        }
    }
}
