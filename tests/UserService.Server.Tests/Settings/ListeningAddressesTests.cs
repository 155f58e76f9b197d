using UserService.Server.Hosting;

namespace UserService.Server.Tests.Settings;

/// <summary>Which addresses count as loopback, for the rule that a server reachable from other machines needs an API key.</summary>
public sealed class ListeningAddressesTests
{
    [Theory]
    [InlineData("http://127.0.0.1:50051")]
    [InlineData("http://127.8.9.10:5000")]
    [InlineData("https://[::1]:5001")]
    [InlineData("http://localhost:5000")]
    public void Loopback_addresses_need_no_key(string address) => Assert.True(ListeningAddresses.IsLoopback(address));

    [Theory]
    [InlineData("http://0.0.0.0:50051")]
    [InlineData("http://[::]:8080")]
    [InlineData("http://*:8080")]
    [InlineData("http://+:8080")]
    [InlineData("http://192.168.1.20:5000")]
    [InlineData("http://users.example.com:5000")]
    public void Every_other_address_needs_a_key(string address) => Assert.False(ListeningAddresses.IsLoopback(address));
}
