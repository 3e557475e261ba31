using System;
using System.Threading.Tasks;
using Volo.Abp.Application.Services;
using Volo.Abp.Caching;

namespace Acme.Identity.TwoFactor;

public class SmsCodeAppService : ApplicationService
{
    private readonly IDistributedCache<string> _cache;
    private readonly ISmsSender _sms;

    public SmsCodeAppService(IDistributedCache<string> cache, ISmsSender sms)
    {
        _cache = cache;
        _sms = sms;
    }

    public async Task SendAsync(Guid userId, string phone)
    {
        var code = new Random().Next(100000, 1000000).ToString(); // expect: insecure-random
        await _cache.SetAsync($"2fa:{userId}", code, new Microsoft.Extensions.Caching.Distributed.DistributedCacheEntryOptions
        {
            AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5),
        });
        await _sms.SendAsync(phone, $"Your sign-in code is {code}");
    }
}

public interface ISmsSender
{
    Task SendAsync(string phone, string text);
}
