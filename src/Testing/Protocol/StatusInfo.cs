using Newtonsoft.Json.Linq;

namespace OneRoster.Testing.Protocol
{
    /// <summary>The OneRoster 1.2 <c>imsx_StatusInfo</c> error body.</summary>
    internal static class StatusInfo
    {
        public const string UnknownObject = "unknownobject";
        public const string InvalidData = "invaliddata";
        public const string InvalidFilterField = "invalid_filter_field";
        public const string InvalidSortField = "invalid_sort_field";
        public const string InvalidSelectionField = "invalid_selection_field";
        public const string Unauthorised = "unauthorisedrequest";
        public const string ServerBusy = "server_busy";
        public const string InternalServerError = "internal_server_error";
        public const string Unsupported = "unsupported";

        public static JObject Failure(string codeMinor, string description) => new()
        {
            ["imsx_codeMajor"] = "failure",
            ["imsx_severity"] = "error",
            ["imsx_description"] = description,
            ["imsx_CodeMinor"] = new JObject
            {
                ["imsx_codeMinorField"] = new JArray(new JObject
                {
                    ["imsx_codeMinorFieldName"] = "TargetEndSystem",
                    ["imsx_codeMinorFieldValue"] = codeMinor,
                }),
            },
        };
    }
}
