using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using RestSharp;

namespace Shipping.Carriers;

public sealed record Label(string TrackingNumber, string PdfBase64);

// The carrier's sandbox certificate is self-signed; we pin its SHA-256 thumbprint instead of trusting anything.
public sealed class ParcelCarrierClient : IDisposable
{
    private const string SandboxThumbprint = "3B1EFD3A66EA28B16697394703A72CA340A05BD5A4A4E1D3C4D6C7B8A9F0E1D2";
    private readonly RestClient _client;

    public ParcelCarrierClient(string baseUrl, string apiKey)
    {
        var options = new RestClientOptions(baseUrl)
        {
            Timeout = TimeSpan.FromSeconds(20),
            RemoteCertificateValidationCallback = (sender, certificate, chain, sslPolicyErrors) =>
                sslPolicyErrors == SslPolicyErrors.None || IsPinnedSandbox(certificate),
        };
        _client = new RestClient(options);
        _client.AddDefaultHeader("X-Api-Key", apiKey);
    }

    private static bool IsPinnedSandbox(X509Certificate? certificate) =>
        certificate is not null &&
        string.Equals(
            new X509Certificate2(certificate).GetCertHashString(System.Security.Cryptography.HashAlgorithmName.SHA256),
            SandboxThumbprint,
            StringComparison.OrdinalIgnoreCase);

    public async Task<Label?> CreateLabelAsync(object shipment, CancellationToken ct)
    {
        var request = new RestRequest("v2/labels", Method.Post).AddJsonBody(shipment);
        return await _client.PostAsync<Label>(request, ct);
    }

    public void Dispose() => _client.Dispose();
}
