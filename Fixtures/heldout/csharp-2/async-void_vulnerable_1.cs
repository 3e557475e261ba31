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

        public async void SendWelcome(User user) // expect: async-void
        {
            await _email.SendAsync(user.Email, "Welcome!", "Thanks for signing up, " + user.Name);
            _log.LogInformation("welcome mail sent to {UserId}", user.Id);
        }

        public async void SyncToCrm(User user) // expect: async-void
        {
            await _crm.UpsertContactAsync(user.Email, user.Name);
        }

        public Task RegisterAsync(User user)
        {
            SendWelcome(user);
            SyncToCrm(user);
            return Task.CompletedTask;
        }
    }
}
