using System;

namespace OneRoster.Testing.Protocol
{
    /// <summary>Thrown while handling a request to answer it with an <c>imsx_StatusInfo</c> error.</summary>
    internal sealed class ProtocolError : Exception
    {
        public ProtocolError(int statusCode, string codeMinor, string message)
            : base(message)
        {
            StatusCode = statusCode;
            CodeMinor = codeMinor;
        }

        public int StatusCode { get; }

        public string CodeMinor { get; }

        public static ProtocolError BadRequest(string codeMinor, string message) => new(400, codeMinor, message);

        public static ProtocolError NotFound(string what, string sourcedId) =>
            new(404, StatusInfo.UnknownObject, $"No {what} with sourcedId '{sourcedId}'.");

        public FakeResponse ToResponse() => FakeResponse.Error(StatusCode, CodeMinor, Message);
    }
}
