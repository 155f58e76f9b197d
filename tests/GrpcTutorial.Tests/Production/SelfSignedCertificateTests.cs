using System.Net;
using System.Security.Cryptography.X509Certificates;
using GrpcTutorial.Production;

namespace GrpcTutorial.Tests.Production;

public sealed class SelfSignedCertificateTests
{
    [Fact]
    public void The_certificate_names_localhost_and_both_loopback_addresses()
    {
        using var certificate = SelfSignedCertificate.Create();

        var names = certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>().Single();

        Assert.Equal("CN=localhost", certificate.Subject);
        Assert.Equal(["localhost"], names.EnumerateDnsNames());
        Assert.Equal([IPAddress.Loopback, IPAddress.IPv6Loopback], names.EnumerateIPAddresses());
    }

    [Fact]
    public void The_certificate_is_a_self_signed_server_certificate_with_its_private_key()
    {
        using var certificate = SelfSignedCertificate.Create(lifetime: TimeSpan.FromHours(2));

        var usages = certificate.Extensions.OfType<X509EnhancedKeyUsageExtension>().Single().EnhancedKeyUsages;

        Assert.True(certificate.HasPrivateKey);
        Assert.Equal(certificate.Subject, certificate.Issuer);
        Assert.Contains(usages.Cast<System.Security.Cryptography.Oid>(), oid => oid.Value == "1.3.6.1.5.5.7.3.1");
        Assert.Equal(TimeSpan.FromHours(2), certificate.NotAfter - certificate.NotBefore);
    }

    [Fact]
    public void The_trust_policy_accepts_its_certificate_and_no_other()
    {
        using var trusted = SelfSignedCertificate.Create();
        using var stranger = SelfSignedCertificate.Create();
        using var chain = new X509Chain { ChainPolicy = SelfSignedCertificate.TrustPolicy(trusted) };

        Assert.True(chain.Build(trusted));
        chain.Reset();
        chain.ChainPolicy = SelfSignedCertificate.TrustPolicy(trusted);
        Assert.False(chain.Build(stranger));
    }
}
