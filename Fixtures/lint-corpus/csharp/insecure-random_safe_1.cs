using System;
using System.Security.Cryptography;

namespace Accounts
{
    public class ResetService
    {
        public string CreateResetToken()
        {
            return Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        }

        public int NewVerificationCode()
        {
            return RandomNumberGenerator.GetInt32(100000, 1000000);
        }

        public int ShuffleSeed()
        {
            return new Random().Next();
        }
    }
}
