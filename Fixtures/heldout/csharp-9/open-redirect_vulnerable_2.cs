using System.Net;
using System.Threading.Tasks;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;

namespace Campaigns.Functions;

public interface IClickLog
{
    Task RecordAsync(string campaign, string target);
}

public class TrackClick
{
    private readonly IClickLog _clicks;

    public TrackClick(IClickLog clicks) => _clicks = clicks;

    [Function("TrackClick")]
    public async Task<HttpResponseData> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "c/{campaign}")] HttpRequestData req,
        string campaign)
    {
        var query = System.Web.HttpUtility.ParseQueryString(req.Url.Query);
        var target = query["to"] ?? "https://shop.example.com/";
        await _clicks.RecordAsync(campaign, target);

        var resp = req.CreateResponse(HttpStatusCode.Found);
        resp.Headers.Add("Location", target); // expect: open-redirect
        return resp;
    }
}
