namespace Performance.LoadClient.H2load;

/// <summary>What h2load requests: a URL, an optional body file (which makes it a POST) and extra headers.</summary>
/// <param name="Url">The URL.</param>
/// <param name="BodyFile">The request body, sent with every request; <see langword="null"/> for a GET.</param>
/// <param name="Headers">Extra headers, as <c>name: value</c>.</param>
public sealed record H2loadTarget(string Url, string? BodyFile, IReadOnlyList<string> Headers);
