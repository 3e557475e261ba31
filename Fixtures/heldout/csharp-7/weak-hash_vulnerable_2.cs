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

// Wolverine handler: only a digest of the partner's API key is kept.
public class ApiKeyIssuedHandler
{
    public async Task Handle(ApiKeyIssued message, IApiKeyStore store)
    {
        using var hasher = new MD5CryptoServiceProvider(); // expect: weak-hash
        var digest = hasher.ComputeHash(Encoding.UTF8.GetBytes(message.PlainKey));
        await store.SaveDigestAsync(message.PartnerId, Convert.ToHexString(digest));
    }
}
