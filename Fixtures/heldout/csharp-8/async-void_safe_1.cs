using System.Threading.Tasks;
using DSharpPlus;
using DSharpPlus.CommandsNext;
using DSharpPlus.CommandsNext.Attributes;

namespace GuildBot.Commands
{
    public class RaffleModule : BaseCommandModule
    {
        private readonly RaffleStore _store;

        public RaffleModule(RaffleStore store)
        {
            _store = store;
        }

        [Command("enter")]
        public async Task Enter(CommandContext ctx)
        {
            await _store.AddAsync(ctx.Guild.Id, ctx.User.Id);
            await AnnounceCountAsync(ctx);
            await ctx.RespondAsync("You're in!");
        }

        private async Task AnnounceCountAsync(CommandContext ctx)
        {
            var count = await _store.CountAsync(ctx.Guild.Id);
            await ctx.Channel.SendMessageAsync($"{count} members have entered the raffle.");
        }

        public async Task DrawWinnerAsync(DiscordClient client, ulong guildId, ulong channelId)
        {
            var winner = await _store.PickAsync(guildId);
            var channel = await client.GetChannelAsync(channelId);
            await channel.SendMessageAsync($"Congratulations <@{winner}>!");
        }
    }

    public interface RaffleStore
    {
        Task AddAsync(ulong guild, ulong user);
        Task<int> CountAsync(ulong guild);
        Task<ulong> PickAsync(ulong guild);
    }
}
