using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace OneRoster.Errors
{
    /// <summary>
    /// What an error body says, read from its raw text. Providers send the 1.2 <c>imsx_StatusInfo</c>
    /// (top level, or wrapped in a <c>statusInfo</c>-like member), Timeback's variant with
    /// <c>imsx_error_details</c>, <c>{"error":"Not found"}</c>, OAuth-style
    /// <c>{"error":..., "error_description":...}</c>, plain text or an HTML page. Reading never throws:
    /// whatever cannot be understood is simply absent, and the raw text stays available as a snippet.
    /// </summary>
    internal sealed class ErrorBody
    {
        private const int MaxPlainTextDescription = 200;

        private static readonly string[] StatusFieldNames = { "imsx_codeMajor", "imsx_severity", "imsx_description", "imsx_CodeMinor" };

        private static readonly string[] WrapperNames = { "imsx_StatusInfo", "statusInfo", "imsx_statusInfoSet", "statusInfoSet" };

        private static readonly string[] FallbackDescriptionNames = { "error_description", "message", "detail", "title", "error", "description" };

        private static readonly JsonSerializerSettings ParseSettings = new()
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Decimal,
            MaxDepth = 64,
        };

        private ErrorBody()
        {
        }

        public static ErrorBody Empty { get; } = new();

        public string? CodeMajor { get; private set; }

        public string? Severity { get; private set; }

        public string? Description { get; private set; }

        public IReadOnlyList<OneRosterCodeMinor> CodeMinors { get; private set; } = Array.Empty<OneRosterCodeMinor>();

        public IReadOnlyList<IReadOnlyDictionary<string, string>> ErrorDetails { get; private set; } =
            Array.Empty<IReadOnlyDictionary<string, string>>();

        /// <summary>True when the body carried an <c>imsx_StatusInfo</c> (at least a code major or a description).</summary>
        public bool HasStatusInfo { get; private set; }

        public static ErrorBody Parse(string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return Empty;
            }
            var trimmed = text.Trim();
            try
            {
                if (trimmed[0] is '{' or '[')
                {
                    var token = JsonConvert.DeserializeObject<JToken>(trimmed, ParseSettings);
                    return FromJson(token) ?? Empty;
                }
            }
            catch (Exception ex) when (ex is JsonException or InvalidCastException or FormatException or ArgumentException)
            {
                // Not JSON after all (or truncated): fall through to the plain-text reading.
            }
            return FromPlainText(trimmed);
        }

        private static ErrorBody FromPlainText(string text)
        {
            // An HTML page (a gateway's 401/502) has no useful one-line description; the snippet shows it.
            if (text.StartsWith('<') || text.Length > MaxPlainTextDescription || text.Contains('\n', StringComparison.Ordinal))
            {
                return Empty;
            }
            return new ErrorBody { Description = text };
        }

        private static ErrorBody? FromJson(JToken? token)
        {
            if (token is JArray array)
            {
                token = array.FirstOrDefault(t => t is JObject);
            }
            if (token is not JObject root)
            {
                return null;
            }
            var status = FindStatusInfo(root);
            var body = new ErrorBody();
            if (status is not null)
            {
                body.CodeMajor = Text(Get(status, "imsx_codeMajor"));
                body.Severity = Text(Get(status, "imsx_severity"));
                body.Description = NonBlank(Text(Get(status, "imsx_description")));
                body.CodeMinors = ReadCodeMinors(Get(status, "imsx_CodeMinor"));
                body.ErrorDetails = ReadErrorDetails(Get(status, "imsx_error_details"));
                body.HasStatusInfo = body.CodeMajor is not null || body.Description is not null || body.CodeMinors.Count > 0;
            }
            body.Description ??= FallbackDescription(root);
            return body;
        }

        private static JObject? FindStatusInfo(JObject root)
        {
            if (StatusFieldNames.Any(name => Get(root, name) is not null))
            {
                return root;
            }
            foreach (var name in WrapperNames)
            {
                switch (Get(root, name))
                {
                    case JObject wrapped:
                        return wrapped;
                    case JArray list when list.FirstOrDefault() is JObject first:
                        return first;
                }
            }
            return null;
        }

        private static IReadOnlyList<OneRosterCodeMinor> ReadCodeMinors(JToken? codeMinor)
        {
            var fields = codeMinor is JObject obj ? Get(obj, "imsx_codeMinorField") : codeMinor;
            var items = fields switch
            {
                JArray list => list.Children(),
                JObject single => new JToken[] { single },
                _ => Enumerable.Empty<JToken>(),
            };
            var result = new List<OneRosterCodeMinor>();
            foreach (var item in items.OfType<JObject>())
            {
                var value = NonBlank(Text(Get(item, "imsx_codeMinorFieldValue")));
                if (value is not null)
                {
                    result.Add(new OneRosterCodeMinor(Text(Get(item, "imsx_codeMinorFieldName")) ?? string.Empty, value));
                }
            }
            return result;
        }

        private static IReadOnlyList<IReadOnlyDictionary<string, string>> ReadErrorDetails(JToken? details)
        {
            var items = details switch
            {
                JArray list => list.Children(),
                JObject single => new JToken[] { single },
                _ => Enumerable.Empty<JToken>(),
            };
            var result = new List<IReadOnlyDictionary<string, string>>();
            foreach (var item in items.OfType<JObject>())
            {
                var map = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var property in item.Properties())
                {
                    map[property.Name] = Text(property.Value) ?? string.Empty;
                }
                result.Add(map);
            }
            return result;
        }

        private static string? FallbackDescription(JObject root)
        {
            foreach (var name in FallbackDescriptionNames)
            {
                var value = Get(root, name);
                // {"error": {"message": "..."}} (several API gateways) as well as {"error": "Not found"}.
                if (value is JObject nested)
                {
                    value = Get(nested, "message") ?? Get(nested, "description");
                }
                var text = NonBlank(value is JValue ? Text(value) : null);
                if (text is not null)
                {
                    return text;
                }
            }
            return null;
        }

        private static JToken? Get(JObject obj, string name) =>
            obj.GetValue(name, StringComparison.OrdinalIgnoreCase);

        private static string? Text(JToken? token) => token switch
        {
            null => null,
            JValue { Value: null } => null,
            JValue value => Convert.ToString(value.Value, CultureInfo.InvariantCulture),
            _ => token.ToString(Formatting.None),
        };

        private static string? NonBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}
