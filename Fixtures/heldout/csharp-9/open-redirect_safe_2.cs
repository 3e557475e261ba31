using System.Collections.Generic;
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
    private static readonly IReadOnlyDictionary<string, string> Landing = new Dictionary<string, string>
    {
        ["spring"] = "https://shop.example.com/spring",
        ["outlet"] = "https://shop.example.com/outlet",
        ["app"] = "https://shop.example.com/get-the-app",
    };

    private readonly IClickLog _clicks;

    public TrackClick(IClickLog clicks) => _clicks = clicks;

    [Function("TrackClick")]
    public async Task<HttpResponseData> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "c/{campaign}")] HttpRequestData req,
        string campaign)
    {
        var target = Landing.TryGetValue(campaign, out var url) ? url : "https://shop.example.com/";
        await _clicks.RecordAsync(campaign, target);

        var resp = req.CreateResponse(HttpStatusCode.Found);
        resp.Headers.Add("Location", target);
        return resp;
    }
}
