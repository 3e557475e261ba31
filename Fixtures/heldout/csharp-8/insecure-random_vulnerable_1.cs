using System;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace HomeLab.Bot
{
    public class PairingCommand
    {
        private static readonly Random Rng = new Random();
        private readonly ITelegramBotClient _bot;
        private readonly IPairingStore _store;

        public PairingCommand(ITelegramBotClient bot, IPairingStore store)
        {
            _bot = bot;
            _store = store;
        }

        private static string PairingCode()
        {
            var sb = new StringBuilder();
            for (var i = 0; i < 8; i++)
            {
                sb.Append((char)('A' + Rng.Next(26))); // expect: insecure-random
            }
            return sb.ToString();
        }

        public async Task HandleAsync(Update update, CancellationToken ct)
        {
            var chatId = update.Message!.Chat.Id;
            var code = PairingCode();
            await _store.SaveAsync(chatId, code, DateTimeOffset.UtcNow.AddMinutes(10));
            await _bot.SendTextMessageAsync(chatId, $"Enter {code} on the device to pair it.", cancellationToken: ct);
        }
    }

    public interface IPairingStore
    {
        Task SaveAsync(long chatId, string code, DateTimeOffset expires);
    }
}
