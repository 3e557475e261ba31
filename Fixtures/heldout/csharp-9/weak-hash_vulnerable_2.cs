using System;
using System.Security.Cryptography;
using System.Text;

namespace Webhooks.Outbound;

public static class DeliverySigner
{
    public static string Signature(byte[] secret, string timestamp, string body)
    {
        using var hmac = new HMACSHA1(secret); // expect: weak-hash
        var mac = hmac.ComputeHash(Encoding.UTF8.GetBytes(timestamp + "." + body));
        return "sha1=" + Convert.ToHexString(mac).ToLowerInvariant();
    }

    public static string DeliveryId(string endpoint, string body)
    {
        var digest = SHA1.HashData(Encoding.UTF8.GetBytes(endpoint + body)); // expect: weak-hash
        return Convert.ToHexString(digest, 0, 12);
    }
}
