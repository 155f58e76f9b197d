namespace Lab17;

/// <summary>
/// A client that knows nothing of gRPC: it calls the JSON transcoding endpoint GET /v1/users/{id}
/// with a plain HttpClient (its base address is the server's).
/// 1. NamesViaRest returns each user's name, parsed from the JSON body into a User;
/// 2. an id the server answers with HTTP 404 gives "(not found)";
/// 3. a field the client does not know (from a newer server) does not break it.
/// JsonParser is in the Google.Protobuf namespace, User in UserService.Contracts.
/// </summary>
public static class MyRestClient
{
    public static async Task<List<string>> NamesViaRest(HttpClient http, params int[] ids)
    {
        var names = new List<string>();
        foreach (var id in ids)
        {
            // The raw HTTP status for now: parse the body into a User instead.
            var response = await http.GetAsync($"/v1/users/{id}");
            names.Add($"HTTP {(int)response.StatusCode}");
        }

        return names;
    }
}
