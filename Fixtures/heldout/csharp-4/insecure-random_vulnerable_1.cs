// Pages/Invites.razor.cs: team owners create invite codes (Blazor Server).
using System.Text;
using Microsoft.AspNetCore.Components;

namespace Teams.Pages;

public partial class Invites : ComponentBase
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private readonly Random _rng = new();

    [Inject] public IInviteStore Store { get; set; } = default!;
    [Parameter] public int TeamId { get; set; }

    public List<string> Codes { get; } = new();

    private string NewCode()
    {
        var sb = new StringBuilder(10);
        for (var i = 0; i < 10; i++)
        {
            if (i == 5)
                sb.Append('-');
            sb.Append(Alphabet[_rng.Next(Alphabet.Length)]); // expect: insecure-random
        }
        return sb.ToString();
    }

    protected async Task Create()
    {
        var code = NewCode();
        await Store.AddAsync(TeamId, code, DateTimeOffset.UtcNow.AddDays(7));
        Codes.Add(code);
    }
}
