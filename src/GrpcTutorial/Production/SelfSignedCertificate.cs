using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace GrpcTutorial.Production;

/// <summary>
/// Creates a self-signed TLS server certificate for loopback servers, valid for <c>localhost</c>,
/// <c>127.0.0.1</c> and <c>::1</c>. A client trusts it only when told to (see
/// <see cref="TrustPolicy"/>): nothing is installed in any
/// certificate store.
/// </summary>
public static class SelfSignedCertificate
{
    private const string ServerAuthenticationOid = "1.3.6.1.5.5.7.3.1";

    /// <summary>Creates a new certificate with a fresh ECDSA P-256 key.</summary>
    /// <param name="subjectName">The common name, for example <c>localhost</c>.</param>
    /// <param name="lifetime">How long the certificate is valid; one day when <see langword="null"/>.</param>
    /// <returns>A certificate with its private key, usable by Kestrel.</returns>
    public static X509Certificate2 Create(string subjectName = "localhost", TimeSpan? lifetime = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subjectName);

        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={subjectName}", key, HashAlgorithmName.SHA256);

        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(subjectName);
        if (subjectName != "localhost")
        {
            names.AddDnsName("localhost");
        }

        names.AddIpAddress(IPAddress.Loopback);
        names.AddIpAddress(IPAddress.IPv6Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: false, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(ServerAuthenticationOid)], critical: false));

        var notBefore = DateTimeOffset.UtcNow.AddMinutes(-5);
        using var certificate = request.CreateSelfSigned(notBefore, notBefore + (lifetime ?? TimeSpan.FromDays(1)));

        // A certificate made in memory keeps its key in a form that TLS on Linux and Windows cannot
        // always use; exporting to PKCS#12 and loading it back gives a normal certificate with key.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), password: null);
    }

    /// <summary>
    /// A chain policy that trusts <paramref name="certificate"/> as its only root, with full
    /// validation otherwise (host name, dates, key usage), instead of the machine's trust store.
    /// Use it in <c>SslClientAuthenticationOptions.CertificateChainPolicy</c>.
    /// </summary>
    /// <param name="certificate">The server's self-signed certificate (the public part is enough).</param>
    /// <returns>A new policy.</returns>
    public static X509ChainPolicy TrustPolicy(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);

        var policy = new X509ChainPolicy
        {
            TrustMode = X509ChainTrustMode.CustomRootTrust,
            RevocationMode = X509RevocationMode.NoCheck,
        };
        policy.CustomTrustStore.Add(X509CertificateLoader.LoadCertificate(certificate.RawData));
        return policy;
    }

    /// <summary>Makes <paramref name="handler"/> trust <paramref name="certificate"/> only (see <see cref="TrustPolicy"/>).</summary>
    /// <param name="handler">The client handler to configure.</param>
    /// <param name="certificate">The server's self-signed certificate.</param>
    /// <returns>The same handler, for chaining.</returns>
    public static SocketsHttpHandler TrustOnly(this SocketsHttpHandler handler, X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(handler);
        handler.SslOptions.CertificateChainPolicy = TrustPolicy(certificate);
        return handler;
    }
}
