using System.Text.Json.Serialization;

namespace UserService.Client.Input;

/// <summary>One element of a JSON users file: <c>{ "name": "Ada Lovelace", "email": "ada@example.com", "age": 36 }</c>.</summary>
internal sealed class JsonUserRecord
{
    /// <summary>Gets or sets the display name (null when the file says <c>"name": null</c>).</summary>
    [JsonRequired]
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Gets or sets the email address (null when the file says <c>"email": null</c>).</summary>
    [JsonRequired]
    [JsonPropertyName("email")]
    public string? Email { get; set; }

    /// <summary>Gets or sets the age in years.</summary>
    [JsonRequired]
    [JsonPropertyName("age")]
    public int Age { get; set; }
}
