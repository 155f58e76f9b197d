namespace Performance.Core.Data;

/// <summary>
/// The data the transport server holds and the response sizes the load test asks for. The server
/// and the load client both read this class, so they cannot disagree on ids.
/// </summary>
public static class TransportPayloads
{
    /// <summary>How many ordinary users the server holds (ids 1 to 100,000): the ListUsers and JSON array data.</summary>
    public const int UserCount = 100_000;

    /// <summary>An ordinary user: a response of about 50 bytes.</summary>
    public static readonly TransportPayload Tiny = new("tiny", 42, null);

    /// <summary>A user with a 1 KB name, kept outside the ordinary id range.</summary>
    public static readonly TransportPayload OneKilobyte = new("1KB", 1_000_001, 1024);

    /// <summary>A user with a 16 KB name, kept outside the ordinary id range.</summary>
    public static readonly TransportPayload SixteenKilobytes = new("16KB", 1_000_002, 16 * 1024);

    /// <summary>All response sizes, smallest first.</summary>
    public static IReadOnlyList<TransportPayload> All { get; } = [Tiny, OneKilobyte, SixteenKilobytes];
}
