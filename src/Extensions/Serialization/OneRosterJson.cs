using Newtonsoft.Json;

namespace OneRoster.Serialization
{
    /// <summary>
    /// The JSON settings every generated client uses. Providers are messy (see DESIGN.md,
    /// "Provider behaviour seen in the wild"); these settings make reading tolerant and writing exact.
    /// </summary>
    public static class OneRosterJson
    {
        /// <summary>Applies the OneRoster reading and writing rules to <paramref name="settings"/>.</summary>
        public static void Configure(JsonSerializerSettings settings)
        {
            System.ArgumentNullException.ThrowIfNull(settings);
            settings.ContractResolver = TolerantContractResolver.Instance;
            // Dates stay text until a typed property asks for them: Json.NET would otherwise turn
            // every date-like string (also inside metadata) into a local DateTime and shift it.
            settings.DateParseHandling = DateParseHandling.None;
            // Unknown numbers (metadata, extension fields) keep their exact text, e.g. 1.10.
            settings.FloatParseHandling = FloatParseHandling.Decimal;
            settings.MissingMemberHandling = MissingMemberHandling.Ignore;
            settings.NullValueHandling = NullValueHandling.Ignore;
        }

        /// <summary>
        /// One serializer configured like the generated clients' one, for the library's own reading (streamed pages,
        /// client-side filter evaluation). Never reconfigured, so it is safe to share between threads.
        /// </summary>
        internal static JsonSerializer Shared { get; } = CreateSerializer();

        /// <summary>A serializer configured like the generated clients' one.</summary>
        public static JsonSerializer CreateSerializer()
        {
            var settings = new JsonSerializerSettings();
            Configure(settings);
            return JsonSerializer.Create(settings);
        }
    }
}
