using System;

namespace Accounts
{
    public class ResetService
    {
        private readonly Random random = new Random();

        public string CreateResetToken()
        {
            var bytes = new byte[32];
            new Random().NextBytes(bytes); // expect: insecure-random
            return Convert.ToBase64String(bytes);
        }

        public int NewVerificationCode()
        {
            return Random.Shared.Next(100000, 999999); // expect: insecure-random
        }
    }
}
