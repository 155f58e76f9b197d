namespace Performance.Core.Json;

/// <summary>The JSON mirror of <c>benchmark.RichUser</c>: a user with nested and repeated data.</summary>
/// <param name="Id">Unique id.</param>
/// <param name="Name">Display name.</param>
/// <param name="Email">Email address.</param>
/// <param name="Age">Age in years.</param>
/// <param name="Address">Postal address.</param>
/// <param name="Phones">Phone numbers.</param>
/// <param name="Tags">Free-form tags.</param>
/// <param name="Scores">Integer scores.</param>
/// <param name="CreatedUnixMs">Creation time, in milliseconds since the Unix epoch.</param>
/// <param name="Active">Whether the account is active.</param>
public sealed record RichUserDto(
    int Id,
    string Name,
    string Email,
    int Age,
    AddressDto Address,
    IReadOnlyList<PhoneNumberDto> Phones,
    IReadOnlyList<string> Tags,
    IReadOnlyList<int> Scores,
    long CreatedUnixMs,
    bool Active);
