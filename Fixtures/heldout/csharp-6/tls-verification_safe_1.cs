using System.Net.Security;
using System.Threading.Tasks;
using Flurl.Http;

namespace Partners.Sync;

public class CatalogClient
{
    private const string PinnedThumbprint = "9F1A3C77B0E24D5E8A6C1F0B2D3E4F5A6B7C8D9E";

    static CatalogClient()
    {
        FlurlHttp.Clients.WithDefaults(builder => builder
            .ConfigureInnerHandler(handler =>
                handler.ServerCertificateCustomValidationCallback = (message, cert, chain, errors) =>
                    errors == SslPolicyErrors.None
                    || (errors == SslPolicyErrors.RemoteCertificateChainErrors && cert?.Thumbprint == PinnedThumbprint)));
    }

    public Task<CatalogPage> GetPageAsync(string baseUrl, int page) =>
        baseUrl.AppendPathSegment("catalog").SetQueryParam("page", page).GetJsonAsync<CatalogPage>();
}

public class CatalogPage
{
    public int Page { get; set; }
    public string[] Skus { get; set; } = System.Array.Empty<string>();
}
