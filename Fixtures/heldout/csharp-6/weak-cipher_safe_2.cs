using System.IO;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Xna.Framework;

namespace Skyward.Persistence;

public class SaveProtector
{
    private readonly IDataProtector _protector;
    private readonly Game _game;

    public SaveProtector(Game game, IDataProtectionProvider provider)
    {
        _game = game;
        // Purpose string isolates save files from other protected payloads; the provider uses AES-256-CBC + HMACSHA256.
        _protector = provider.CreateProtector("Skyward.SaveGame.v2");
    }

    public void Write(string path, byte[] state)
    {
        File.WriteAllBytes(path, _protector.Protect(state));
        _game.Window.Title = "Skyward - saved";
    }

    public byte[] Read(string path) => _protector.Unprotect(File.ReadAllBytes(path));
}
