using System;
using System.Threading;
using System.Threading.Tasks;
using HotChocolate;
using HotChocolate.Types;

namespace Teams.GraphQL;

public record Invite(string TeamId, string Token, DateTimeOffset ExpiresAt);

public interface IInviteStore
{
    Task SaveAsync(Invite invite, CancellationToken ct);
}

[MutationType]
public static class InviteMutations
{
    public static async Task<Invite> CreateInviteAsync(
        string teamId,
        [Service] IInviteStore store,
        CancellationToken ct)
    {
        var rng = new Random(Environment.TickCount);
        var buffer = new byte[24];
        rng.NextBytes(buffer); // expect: insecure-random
        var invite = new Invite(teamId, Convert.ToBase64String(buffer), DateTimeOffset.UtcNow.AddDays(7));
        await store.SaveAsync(invite, ct);
        return invite;
    }
}
