using System.IO;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using DSharpPlus.CommandsNext;
using DSharpPlus.CommandsNext.Attributes;

namespace GuildBot.Commands
{
    public class SoundboardModule : BaseCommandModule
    {
        private const string ClipRoot = "/srv/bot/clips";
        private static readonly Regex ClipName = new Regex("^[a-z0-9_]{1,32}$");

        private static string? ClipPath(string name) =>
            ClipName.IsMatch(name) ? Path.Combine(ClipRoot, name + ".ogg") : null;

        [Command("clip")]
        public async Task Clip(CommandContext ctx, string name)
        {
            var path = ClipPath(name);
            if (path is null)
            {
                await ctx.RespondAsync("Clip names are lowercase letters, digits and underscores.");
                return;
            }
            using var stream = File.OpenRead(path);
            await ctx.RespondAsync(new DSharpPlus.Entities.DiscordMessageBuilder().WithFile(name + ".ogg", stream));
        }

        [Command("forget")]
        public async Task Forget(CommandContext ctx, string name)
        {
            var path = ClipPath(name);
            if (path is not null)
            {
                File.Delete(path);
            }
            await ctx.RespondAsync($"Removed {name}.");
        }
    }
}
