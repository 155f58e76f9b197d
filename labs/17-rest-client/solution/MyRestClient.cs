using System.Net;
using Google.Protobuf;
using UserService.Contracts;

namespace Lab17;

/// <summary>
/// Calls GET /v1/users/{id} for each id and reads the proto3 JSON body into a User. A 404 is an
/// answer ("(not found)"), not an error; fields from a newer server are ignored, as the binary
/// format would keep them without failing.
/// </summary>
public static class MyRestClient
{
    private static readonly JsonParser s_parser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(true));

    public static async Task<List<string>> NamesViaRest(HttpClient http, params int[] ids)
    {
        var names = new List<string>();
        foreach (var id in ids)
        {
            using var response = await http.GetAsync($"/v1/users/{id}");
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                names.Add("(not found)");
                continue;
            }

            response.EnsureSuccessStatusCode();
            var user = s_parser.Parse<User>(await response.Content.ReadAsStringAsync());
            names.Add(user.Name);
        }

        return names;
    }
}
