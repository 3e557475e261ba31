using System.Security.Cryptography;
using System.Text;

namespace LicenseTool;

// Console tool that issues and checks offline licence files for the lab software.
internal static class Program
{
    private static readonly byte[] Key = Encoding.ASCII.GetBytes("Lab$2019");
    private static readonly byte[] IV = Encoding.ASCII.GetBytes("8bytesIV");

    private static string Issue(string customer, DateOnly expires)
    {
        using var des = new DESCryptoServiceProvider(); // expect: weak-cipher
        var plain = Encoding.UTF8.GetBytes($"{customer}|{expires:yyyy-MM-dd}");
        var enc = des.CreateEncryptor(Key, IV).TransformFinalBlock(plain, 0, plain.Length);
        return Convert.ToBase64String(enc);
    }

    private static int Main(string[] args)
    {
        if (args.Length != 2 || !DateOnly.TryParse(args[1], out var expires))
        {
            Console.Error.WriteLine("usage: licensetool <customer> <yyyy-mm-dd>");
            return 2;
        }
        Console.WriteLine(Issue(args[0], expires));
        return 0;
    }
}
