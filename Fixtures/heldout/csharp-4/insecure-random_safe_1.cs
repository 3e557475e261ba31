// Pages/Invites.razor.cs: team owners create invite codes (Blazor Server).
using System.Security.Cryptography;
using Microsoft.AspNetCore.Components;

namespace Teams.Pages;

public partial class Invites : ComponentBase
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static readonly string[] Tips =
    {
        "Invites expire after seven days.",
        "You can revoke an invite from the members page.",
        "Guests can be promoted to members later.",
    };

    [Inject] public IInviteStore Store { get; set; } = default!;
    [Parameter] public int TeamId { get; set; }

    public List<string> Codes { get; } = new();
    public string Tip { get; private set; } = "";

    protected override void OnInitialized()
    {
        // a hint for the sidebar; nothing depends on it being unpredictable
        Tip = Tips[Random.Shared.Next(Tips.Length)];
    }

    protected async Task Create()
    {
        var code = RandomNumberGenerator.GetString(Alphabet, 10).Insert(5, "-");
        await Store.AddAsync(TeamId, code, DateTimeOffset.UtcNow.AddDays(7));
        Codes.Add(code);
    }
}
