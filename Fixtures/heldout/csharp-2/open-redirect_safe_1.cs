using System.Threading.Tasks;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Forum.Pages.Account
{
    public class LoginModel : PageModel
    {
        private readonly SignInManager<IdentityUser> _signIn;

        public LoginModel(SignInManager<IdentityUser> signIn) => _signIn = signIn;

        [BindProperty]
        public string Email { get; set; } = "";

        [BindProperty]
        public string Password { get; set; } = "";

        [BindProperty(SupportsGet = true)]
        public string ReturnUrl { get; set; } = "/";

        public async Task<IActionResult> OnPostAsync()
        {
            var result = await _signIn.PasswordSignInAsync(Email, Password, isPersistent: false, lockoutOnFailure: true);
            if (!result.Succeeded)
            {
                ModelState.AddModelError(string.Empty, "Invalid login attempt.");
                return Page();
            }
            if (Url.IsLocalUrl(ReturnUrl))
                return Redirect(ReturnUrl);
            return RedirectToPage("/Index");
        }
    }
}
