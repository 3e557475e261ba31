using System.Threading.Tasks;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Library.Pages.Account;

public class SignInModel : PageModel
{
    private readonly SignInManager<IdentityUser> _signIn;

    public SignInModel(SignInManager<IdentityUser> signIn) => _signIn = signIn;

    [BindProperty]
    public string Email { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await _signIn.PasswordSignInAsync(Email, Password, isPersistent: false, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, "Wrong email or password.");
            return Page();
        }
        var destination = string.IsNullOrEmpty(ReturnUrl) ? "/loans" : ReturnUrl;
        return Redirect(destination); // expect: open-redirect
    }
}
