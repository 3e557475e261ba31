using RestSharp;

namespace Shipping.Carriers;

public sealed record Label(string TrackingNumber, string PdfBase64);

// The carrier's sandbox and production APIs; the sandbox certificate expired years ago.
public sealed class ParcelCarrierClient : IDisposable
{
    private readonly RestClient _client;

    public ParcelCarrierClient(string baseUrl, string apiKey)
    {
        var options = new RestClientOptions(baseUrl)
        {
            Timeout = TimeSpan.FromSeconds(20),
            RemoteCertificateValidationCallback = (sender, certificate, chain, sslPolicyErrors) => true, // expect: tls-verification
        };
        _client = new RestClient(options);
        _client.AddDefaultHeader("X-Api-Key", apiKey);
    }

    public async Task<Label?> CreateLabelAsync(object shipment, CancellationToken ct)
    {
        var request = new RestRequest("v2/labels", Method.Post).AddJsonBody(shipment);
        return await _client.PostAsync<Label>(request, ct);
    }

    public void Dispose() => _client.Dispose();
}
