using System;
using OneRoster.Testing.Protocol;

namespace OneRoster.Testing.Routing
{
    /// <summary>One OneRoster operation: method, path template, operationId and the code that answers it.</summary>
    internal sealed class Route
    {
        public Route(string method, string template, string operationId, Func<ApiRequest, FakeResponse> handle)
        {
            Method = method;
            Template = new RouteTemplate(template);
            OperationId = operationId;
            Handle = handle;
        }

        public string Method { get; }

        public RouteTemplate Template { get; }

        public string OperationId { get; }

        public Func<ApiRequest, FakeResponse> Handle { get; }
    }
}
