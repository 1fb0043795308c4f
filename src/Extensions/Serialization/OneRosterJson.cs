using System.IO;
using Newtonsoft.Json;

namespace OneRoster.Serialization
{
    /// <summary>
    /// The JSON rules of every OneRoster read and write (generated typed methods, the facade, streamed pages).
    /// Providers are messy (docs/reliability.md lists what they send); these settings make reading tolerant
    /// and writing exact.
    /// </summary>
    internal static class OneRosterJson
    {
        /// <summary>The settings; never changed after creation, so safe to share between threads.</summary>
        public static JsonSerializerSettings Settings { get; } = Create();

        /// <summary>One serializer with <see cref="Settings"/>, shared by every reader.</summary>
        public static JsonSerializer Shared { get; } = JsonSerializer.Create(Settings);

        /// <summary>
        /// A Json.NET reader of <paramref name="text"/> with the reading settings of <see cref="Shared"/>, for code that
        /// reads tokens itself (a page record by record, an envelope property) rather than through the serializer.
        /// </summary>
        public static JsonTextReader Reader(TextReader text) => new(text)
        {
            DateParseHandling = Shared.DateParseHandling,
            FloatParseHandling = Shared.FloatParseHandling,
            Culture = Shared.Culture,
            MaxDepth = Shared.MaxDepth,
        };

        /// <summary>A new serializer with <see cref="Settings"/> (tests reconfigure theirs).</summary>
        public static JsonSerializer CreateSerializer() => JsonSerializer.Create(Settings);

        private static JsonSerializerSettings Create() => new()
        {
            ContractResolver = TolerantContractResolver.Instance,
            // Dates stay text until a typed property asks for them: Json.NET would otherwise turn every date-like
            // string (also inside metadata) into a local DateTime and shift it.
            DateParseHandling = DateParseHandling.None,
            // Unknown numbers (metadata, extension fields) keep their exact text, e.g. 1.10.
            FloatParseHandling = FloatParseHandling.Decimal,
            MissingMemberHandling = MissingMemberHandling.Ignore,
            NullValueHandling = NullValueHandling.Ignore,
        };
    }
}
