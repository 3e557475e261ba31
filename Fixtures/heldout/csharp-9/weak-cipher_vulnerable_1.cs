using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace PosTerminal.Config;

public static class ConfigVault
{
    private static readonly byte[] Key = Encoding.ASCII.GetBytes("p0sT3rm!");
    private static readonly byte[] Iv = Encoding.ASCII.GetBytes("1nit!alV");

    public static void SaveMerchantPin(string path, string pin)
    {
        using var des = DES.Create(); // expect: weak-cipher
        using var enc = des.CreateEncryptor(Key, Iv);
        var plain = Encoding.UTF8.GetBytes(pin);
        File.WriteAllBytes(path, enc.TransformFinalBlock(plain, 0, plain.Length));
    }

    public static string LoadMerchantPin(string path)
    {
        using var des = DES.Create(); // expect: weak-cipher
        using var dec = des.CreateDecryptor(Key, Iv);
        var sealedBytes = File.ReadAllBytes(path);
        return Encoding.UTF8.GetString(dec.TransformFinalBlock(sealedBytes, 0, sealedBytes.Length));
    }
}
