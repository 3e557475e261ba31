using System;

namespace Shop.Accounts
{
    public static class Secrets
    {
        private static readonly Random Rng = new Random();

        public static byte[] NewSalt()
        {
            var clockSeeded = new Random(Environment.TickCount);
            var salt = new byte[16];
            clockSeeded.NextBytes(salt); // expect: insecure-random
            return salt;
        }

        public static string NewPin()
        {
            return Rng.Next(0, 10000).ToString("D4"); // expect: insecure-random
        }
    }
}
