// Pages/Account/SignedIn.razor.cs: landing page after the external login (Blazor Server).
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Portal.Pages.Account;

public partial class SignedIn : ComponentBase
{
    [Inject] public NavigationManager Nav { get; set; } = default!;
    [Inject] public AuthenticationStateProvider Auth { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "returnUrl")]
    public string? ReturnUrl { get; set; }

    // Only paths inside this app: "/x" but not "//host" or "/\host".
    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));

    protected override async Task OnInitializedAsync()
    {
        var state = await Auth.GetAuthenticationStateAsync();
        if (state.User.Identity?.IsAuthenticated != true)
        {
            Nav.NavigateTo("/account/login");
            return;
        }
        Nav.NavigateTo(IsLocal(ReturnUrl) ? ReturnUrl! : "/", forceLoad: true);
    }
}
