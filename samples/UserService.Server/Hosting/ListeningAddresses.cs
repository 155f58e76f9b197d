using System.Net;

namespace UserService.Server.Hosting;

/// <summary>Decides whether an address the server listens on is reachable from other machines.</summary>
public static class ListeningAddresses
{
    /// <summary>
    /// True for an address only this machine can reach: <c>127.0.0.0/8</c>, <c>[::1]</c> or
    /// <c>localhost</c>. False for every other IP, for <c>0.0.0.0</c>, <c>[::]</c>, <c>*</c> and <c>+</c>
    /// (all interfaces) and for any other host name.
    /// </summary>
    /// <param name="address">An address as Kestrel reports it, for example <c>http://127.0.0.1:5000</c>.</param>
    public static bool IsLoopback(string address)
    {
        ArgumentNullException.ThrowIfNull(address);

        // BindingAddress is ASP.NET Core's own parser of listening addresses (wildcards included).
        var host = BindingAddress.Parse(address).Host.Trim('[', ']');
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
    }
}
