using System.Text;
using FastEndpoints;

namespace Developer.Endpoints;

public sealed record CreateKeyRequest(string Label);

public sealed record CreateKeyResponse(string Key, string Prefix);

public sealed class ApiKeyGenerator
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
    private readonly Random _random = new();

    public string Next(int length)
    {
        var sb = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            sb.Append(Alphabet[_random.Next(Alphabet.Length)]); // expect: insecure-random
        }
        return sb.ToString();
    }
}

public sealed class CreateKeyEndpoint : Endpoint<CreateKeyRequest, CreateKeyResponse>
{
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
        await _store.SaveAsync(User.Identity?.Name ?? "", req.Label, key, ct);
        await SendAsync(new CreateKeyResponse(key, key[..12]), cancellation: ct);
    }
}
