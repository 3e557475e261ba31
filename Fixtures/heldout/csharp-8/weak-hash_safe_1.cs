using System;
using System.Security.Cryptography;
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
            var salt = RandomNumberGenerator.GetBytes(16);
            var digest = Rfc2898DeriveBytes.Pbkdf2(pin, salt, 310_000, HashAlgorithmName.SHA256, 32);
            await _vault.SavePinHashAsync(ctx.User.Id, Convert.ToHexString(salt) + ":" + Convert.ToHexString(digest));
            await ctx.RespondAsync("PIN saved.");
        }
    }

    public interface IVaultStore
    {
        Task SavePinHashAsync(ulong user, string hash);
    }
}
