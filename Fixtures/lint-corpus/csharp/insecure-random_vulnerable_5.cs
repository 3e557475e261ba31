using System.Text;

namespace Accounts
{
    public sealed class VoucherCodeGenerator
    {
        private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        private readonly Random _rng = new Random();

        public string Next(int length)
        {
            var sb = new StringBuilder(length);
            for (var i = 0; i < length; i++)
            {
                sb.Append(Alphabet[_rng.Next(Alphabet.Length)]); // expect: insecure-random
            }
            return sb.ToString();
        }
    }
}
