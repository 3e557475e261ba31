using System.Net.Http;
using System.Threading.Tasks;
using Flurl.Http;

namespace Partners.Sync;

public class CatalogClient
{
    static CatalogClient()
    {
        FlurlHttp.Clients.WithDefaults(builder => builder
            .ConfigureInnerHandler(handler =>
                handler.ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => true)); // expect: tls-verification
    }

    public Task<CatalogPage> GetPageAsync(string baseUrl, int page) =>
        baseUrl.AppendPathSegment("catalog").SetQueryParam("page", page).GetJsonAsync<CatalogPage>();
}

public class CatalogPage
{
    public int Page { get; set; }
    public string[] Skus { get; set; } = System.Array.Empty<string>();
}
