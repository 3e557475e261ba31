using System;

public class VoucherService
{
    private const string Letters = "ABCDEFGHJKLMNPQRSTUVWXYZ";

    public string NewVoucher()
    {
        var random = new Random();
        var code = new char[12];
        for (var i = 0; i < code.Length; i++)
        {
            code[i] = Letters[random.Next(Letters.Length)]; // expect: insecure-random
        }
        return new string(code);
    }
}
