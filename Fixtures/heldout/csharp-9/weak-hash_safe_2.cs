using System;
using System.Security.Cryptography;
using System.Text;

namespace Webhooks.Outbound;

public static class DeliverySigner
{
    public static string Signature(byte[] secret, string timestamp, string body)
    {
        var mac = HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(timestamp + "." + body));
        return "sha256=" + Convert.ToHexString(mac).ToLowerInvariant();
    }

    public static string DeliveryId(string endpoint, string body)
    {
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(endpoint + body));
        return Convert.ToHexString(digest, 0, 12);
    }
}
