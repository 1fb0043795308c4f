namespace OneRoster.Testing
{
    /// <summary>One request the fake answered, for assertions in tests.</summary>
    /// <param name="Method">The HTTP method (<c>GET</c>, <c>POST</c>, …).</param>
    /// <param name="PathAndQuery">The path and query as sent, e.g. <c>/ims/oneroster/rostering/v1p2/users?limit=100</c>.</param>
    /// <param name="StatusCode">The status the fake answered with.</param>
    /// <param name="OperationId">The OneRoster operationId the request was routed to (<c>getAllUsers</c>), <c>token</c> for the token endpoint, or null when it matched nothing.</param>
    public sealed record FakeRequest(string Method, string PathAndQuery, int StatusCode, string? OperationId);
}
