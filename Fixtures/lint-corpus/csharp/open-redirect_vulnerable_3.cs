using Microsoft.AspNetCore.Components;

namespace Shop.Pages;

// Blazor page that finishes a sign-in and sends the user back where they came from.
public partial class SignedIn : ComponentBase
{
    [Inject] public NavigationManager Nav { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "next")]
    public string? Next { get; set; }

    protected override void OnInitialized()
    {
        Nav.NavigateTo(Next ?? "/", forceLoad: true); // expect: open-redirect
    }
}
