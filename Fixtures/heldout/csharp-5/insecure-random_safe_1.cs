using System.Security.Cryptography;
using FastEndpoints;

namespace Developer.Endpoints;

public sealed record CreateKeyRequest(string Label);

public sealed record CreateKeyResponse(string Key, string Prefix);

public sealed class ApiKeyGenerator
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    public string Next(int length) => RandomNumberGenerator.GetString(Alphabet, length);
}

public sealed class CreateKeyEndpoint : Endpoint<CreateKeyRequest, CreateKeyResponse>
{
    private static readonly Random Jitter = new();
    private readonly ApiKeyGenerator _generator;
    private readonly IApiKeyStore _store;

    public CreateKeyEndpoint(ApiKeyGenerator generator, IApiKeyStore store)
    {
        _generator = generator;
        _store = store;
    }

    public override void Configure()
    {
        Post("/api/keys");
    }

    public override async Task HandleAsync(CreateKeyRequest req, CancellationToken ct)
    {
        var key = "sk_live_" + _generator.Next(40);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await _store.SaveAsync(User.Identity?.Name ?? "", req.Label, key, ct);
                break;
            }
            catch (TimeoutException) when (attempt < 3)
            {
                // retry backoff only; the key itself came from the CSPRNG above
                await Task.Delay(100 * (attempt + 1) + Jitter.Next(50), ct);
            }
        }
        await SendAsync(new CreateKeyResponse(key, key[..12]), cancellation: ct);
    }
}
