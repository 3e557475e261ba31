using System;

namespace Integrations.Keys
{
    public static class ApiKeyGenerator
    {
        public static string NewKey(string prefix)
        {
            var bytes = new byte[24];
            Random.Shared.NextBytes(bytes); // expect: insecure-random
            return prefix + "_" + Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        }

        public static byte[] NewSalt()
        {
            var seeded = new Random(Environment.TickCount);
            var salt = new byte[16];
            seeded.NextBytes(salt); // expect: insecure-random
            return salt;
        }

        public static string ShortInviteCode()
        {
            return Random.Shared.Next(0, int.MaxValue).ToString("X8"); // expect: insecure-random
        }
    }
}
