using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Signup.Services
{
    public class OnboardingService
    {
        private readonly IEmailSender _email;
        private readonly ICrmClient _crm;
        private readonly ILogger<OnboardingService> _log;

        public OnboardingService(IEmailSender email, ICrmClient crm, ILogger<OnboardingService> log)
        {
            _email = email;
            _crm = crm;
            _log = log;
        }

        public async Task SendWelcomeAsync(User user)
        {
            await _email.SendAsync(user.Email, "Welcome!", "Thanks for signing up, " + user.Name);
            _log.LogInformation("welcome mail sent to {UserId}", user.Id);
        }

        public Task SyncToCrmAsync(User user) => _crm.UpsertContactAsync(user.Email, user.Name);

        public async Task RegisterAsync(User user)
        {
            await Task.WhenAll(SendWelcomeAsync(user), SyncToCrmAsync(user));
        }
    }
}
