using System.Diagnostics;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace HomeLab.Bot
{
    public class PingCommand
    {
        private readonly ITelegramBotClient _bot;

        public PingCommand(ITelegramBotClient bot)
        {
            _bot = bot;
        }

        public async Task HandleAsync(Update update, CancellationToken ct)
        {
            var text = update.Message?.Text ?? string.Empty;
            var host = text.Replace("/ping", string.Empty).Trim();
            if (!IPAddress.TryParse(host, out var address))
            {
                await _bot.SendTextMessageAsync(update.Message!.Chat.Id, "Send an IP address.", cancellationToken: ct);
                return;
            }
            var psi = new ProcessStartInfo("ping") { RedirectStandardOutput = true };
            psi.ArgumentList.Add("-c");
            psi.ArgumentList.Add("4");
            psi.ArgumentList.Add(address.ToString());
            using var proc = Process.Start(psi);
            var output = await proc!.StandardOutput.ReadToEndAsync();
            await _bot.SendTextMessageAsync(update.Message!.Chat.Id, output, cancellationToken: ct);
        }
    }
}
