using System.IO;
using System.Security.Cryptography;
using Microsoft.Xna.Framework;

namespace Skyward.Persistence;

public class SaveProtector
{
    private static readonly byte[] Key = { 0x53, 0x6B, 0x79, 0x77, 0x61, 0x72, 0x64, 0x21 };
    private static readonly byte[] Iv = { 0x10, 0x32, 0x54, 0x76, 0x98, 0xBA, 0xDC, 0xFE };

    private readonly Game _game;

    public SaveProtector(Game game)
    {
        _game = game;
    }

    public void Write(string path, byte[] state)
    {
        using var des = new DESCryptoServiceProvider(); // expect: weak-cipher
        using var file = File.Create(path);
        using var crypto = new CryptoStream(file, des.CreateEncryptor(Key, Iv), CryptoStreamMode.Write);
        crypto.Write(state, 0, state.Length);
        _game.Window.Title = "Skyward - saved";
    }
}
