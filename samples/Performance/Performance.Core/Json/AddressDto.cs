namespace Performance.Core.Json;

/// <summary>The JSON mirror of <c>benchmark.Address</c>.</summary>
/// <param name="Street">Street and number.</param>
/// <param name="City">City.</param>
/// <param name="PostalCode">Postal code.</param>
/// <param name="Country">ISO country code.</param>
public sealed record AddressDto(string Street, string City, string PostalCode, string Country);
