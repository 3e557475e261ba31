using System;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using DSharpPlus.CommandsNext;
using DSharpPlus.CommandsNext.Attributes;

namespace GuildBot.Commands
{
    public class VaultModule : BaseCommandModule
    {
        private readonly IVaultStore _vault;

        public VaultModule(IVaultStore vault)
        {
            _vault = vault;
        }

        [Command("setpin")]
        public async Task SetPin(CommandContext ctx, string pin)
        {
            using var sha = SHA1.Create(); // expect: weak-hash
            var digest = sha.ComputeHash(Encoding.UTF8.GetBytes(ctx.User.Id + ":" + pin));
            await _vault.SavePinHashAsync(ctx.User.Id, Convert.ToHexString(digest));
            await ctx.RespondAsync("PIN saved.");
        }
    }

    public interface IVaultStore
    {
        Task SavePinHashAsync(ulong user, string hash);
    }
}
