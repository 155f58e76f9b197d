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

        // Kestrel reports wildcard hosts as they were configured (http://*:80, http://+:80), which Uri rejects.
        var host = address.Split("://", 2) is [_, var rest] ? rest : address;
        host = host.Split('/')[0];
        var colon = host.LastIndexOf(':');
        if (colon > 0 && !host.EndsWith(']'))
        {
            host = host[..colon];
        }

        host = host.Trim('[', ']');
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
    }
}
