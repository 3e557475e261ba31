using System;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;

namespace Partners.Handlers;

public record ApiKeyIssued(string PartnerId, string PlainKey);

public interface IApiKeyStore
{
    Task SaveDigestAsync(string partnerId, string digest);
}

// Wolverine handler: only a digest of the partner's (random, 256-bit) API key is kept.
public class ApiKeyIssuedHandler
{
    public async Task Handle(ApiKeyIssued message, IApiKeyStore store)
    {
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(message.PlainKey));
        await store.SaveDigestAsync(message.PartnerId, Convert.ToHexString(digest));
    }
}
