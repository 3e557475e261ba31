using System.Threading.Tasks;
using Coravel.Invocable;

namespace Shop.Jobs
{
    public class AbandonedCartReminder : IInvocable
    {
        private readonly ICartStore _carts;
        private readonly IMailer _mailer;

        public AbandonedCartReminder(ICartStore carts, IMailer mailer)
        {
            _carts = carts;
            _mailer = mailer;
        }

        public async Task Invoke()
        {
            var sent = 0;
            var skipped = 0; // expect: unused-variable
            foreach (var cart in await _carts.StaleAsync(hours: 24))
            {
                await _mailer.SendReminderAsync(cart.Email, cart.Id);
                sent++;
            }
            await _carts.MarkReminderRunAsync(sent);
        }
    }

    public record Cart(int Id, string Email);
    public interface ICartStore
    {
        Task<Cart[]> StaleAsync(int hours);
        Task MarkReminderRunAsync(int sent);
    }
    public interface IMailer { Task SendReminderAsync(string email, int cartId); }
}
