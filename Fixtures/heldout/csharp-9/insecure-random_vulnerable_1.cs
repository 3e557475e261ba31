using System;
using System.Net;
using System.Threading.Tasks;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;

namespace Clinic.Functions;

public interface ISmsSender
{
    Task SendAsync(string phone, string text);
}

public interface IOtpStore
{
    Task SaveAsync(string phone, string code, TimeSpan ttl);
}

public class SendLoginCode
{
    private static readonly Random Rng = new Random();
    private readonly ISmsSender _sms;
    private readonly IOtpStore _store;

    public SendLoginCode(ISmsSender sms, IOtpStore store)
    {
        _sms = sms;
        _store = store;
    }

    [Function("SendLoginCode")]
    public async Task<HttpResponseData> Run([HttpTrigger(AuthorizationLevel.Function, "post")] HttpRequestData req)
    {
        var phone = await req.ReadAsStringAsync() ?? "";
        var code = Rng.Next(100000, 1000000).ToString(); // expect: insecure-random
        await _store.SaveAsync(phone, code, TimeSpan.FromMinutes(5));
        await _sms.SendAsync(phone, $"Your patient portal code is {code}");
        return req.CreateResponse(HttpStatusCode.Accepted);
    }
}
