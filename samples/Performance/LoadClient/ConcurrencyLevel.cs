using System.Globalization;

namespace Performance.LoadClient;

/// <summary>How many requests h2load keeps in flight: connections times concurrent streams per connection.</summary>
/// <param name="Clients">Connections (h2load -c).</param>
/// <param name="Streams">Concurrent streams per connection (h2load -m).</param>
public sealed record ConcurrencyLevel(int Clients, int Streams)
{
    /// <summary>Requests in flight.</summary>
    public int Total => Clients * Streams;

    /// <summary>Parses <c>CxM</c>, such as <c>4x4</c>.</summary>
    /// <param name="text">The level.</param>
    /// <returns>The parsed level.</returns>
    /// <exception cref="FormatException">The text is not two positive numbers joined by <c>x</c>.</exception>
    public static ConcurrencyLevel Parse(string text)
    {
        var parts = text.Split('x');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var clients)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var streams)
            && clients > 0 && streams > 0)
        {
            return new ConcurrencyLevel(clients, streams);
        }

        throw new FormatException($"Expected CLIENTSxSTREAMS such as 4x4, got '{text}'.");
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Clients}x{Streams}";
}
