using System.Diagnostics;
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
            var psi = new ProcessStartInfo
            {
                FileName = "/bin/bash",
                Arguments = "-c \"ping -c 4 " + host + "\"", // expect: command-injection
                RedirectStandardOutput = true,
            };
            using var proc = Process.Start(psi);
            var output = await proc!.StandardOutput.ReadToEndAsync();
            await _bot.SendTextMessageAsync(update.Message!.Chat.Id, output, cancellationToken: ct);
        }
    }
}
