using System.IO;
using System.Threading.Tasks;
using DSharpPlus.CommandsNext;
using DSharpPlus.CommandsNext.Attributes;

namespace GuildBot.Commands
{
    public class SoundboardModule : BaseCommandModule
    {
        private const string ClipRoot = "/srv/bot/clips";

        [Command("clip")]
        public async Task Clip(CommandContext ctx, string name)
        {
            var path = Path.Combine(ClipRoot, name + ".ogg");
            using var stream = File.OpenRead(path); // expect: path-traversal
            await ctx.RespondAsync(new DSharpPlus.Entities.DiscordMessageBuilder().WithFile(name + ".ogg", stream));
        }

        [Command("forget")]
        public async Task Forget(CommandContext ctx, string name)
        {
            File.Delete($"{ClipRoot}/{name}.ogg"); // expect: path-traversal
            await ctx.RespondAsync($"Removed {name}.");
        }
    }
}
