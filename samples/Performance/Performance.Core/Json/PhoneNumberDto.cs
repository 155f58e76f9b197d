namespace Performance.Core.Json;

/// <summary>The JSON mirror of <c>benchmark.PhoneNumber</c>.</summary>
/// <param name="Number">The phone number.</param>
/// <param name="Kind">What the number is used for.</param>
public sealed record PhoneNumberDto(string Number, PhoneKindDto Kind);
