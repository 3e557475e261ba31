using System.Security.Cryptography;
using System.Text;
using Orleans;

namespace Accounts.Grains;

public interface IPasswordResetGrain : IGrainWithStringKey
{
    Task<string> IssueAsync();
    Task<bool> RedeemAsync(string token);
}

[GenerateSerializer]
public sealed class ResetState
{
    [Id(0)] public string? TokenHash { get; set; }
    [Id(1)] public DateTimeOffset? Expires { get; set; }
}

public sealed class PasswordResetGrain : Grain, IPasswordResetGrain
{
    private readonly IPersistentState<ResetState> _state;

    public PasswordResetGrain([PersistentState("reset")] IPersistentState<ResetState> state) => _state = state;

    private static string Digest(string token)
    {
        using var hasher = new MD5CryptoServiceProvider(); // expect: weak-hash
        return Convert.ToBase64String(hasher.ComputeHash(Encoding.ASCII.GetBytes(token)));
    }

    public async Task<string> IssueAsync()
    {
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(8));
        _state.State.TokenHash = Digest(token);
        _state.State.Expires = DateTimeOffset.UtcNow.AddMinutes(30);
        await _state.WriteStateAsync();
        return token;
    }

    public async Task<bool> RedeemAsync(string token)
    {
        var ok = _state.State.Expires > DateTimeOffset.UtcNow
                 && CryptographicOperations.FixedTimeEquals(
                     Encoding.ASCII.GetBytes(Digest(token)),
                     Encoding.ASCII.GetBytes(_state.State.TokenHash ?? ""));
        if (ok)
        {
            await _state.ClearStateAsync();
        }
        return ok;
    }
}
