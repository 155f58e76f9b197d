namespace GrpcTutorial.Labs;

/// <summary>One request as the server received it: the path, the headers with lowercase names, and the raw body bytes.</summary>
/// <param name="Path">The request path, <c>/package.Service/Method</c>.</param>
/// <param name="Headers">The request headers in order, names in lowercase.</param>
/// <param name="Body">Every byte of the request body, 5-byte prefixes included.</param>
internal sealed record WireRequest(string Path, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body)
{
    /// <summary>The value of the header <paramref name="name"/>, or <see langword="null"/>.</summary>
    public string? Header(string name) => Headers.FirstOrDefault(header => header.Key == name).Value;
}
