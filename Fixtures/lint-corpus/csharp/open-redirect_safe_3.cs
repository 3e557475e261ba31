using Microsoft.AspNetCore.Components;

namespace Shop.Pages;

// The same page, going back only to paths of this site.
public partial class SignedIn : ComponentBase
{
    [Inject] public NavigationManager Nav { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "next")]
    public string? Next { get; set; }

    private static bool IsLocalUrl(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));

    protected override void OnInitialized()
    {
        Nav.NavigateTo(IsLocalUrl(Next) ? Next! : "/", forceLoad: true);
    }
}
