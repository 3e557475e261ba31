using System.Security.Cryptography;

namespace Auth
{
    public class SessionIdGenerator
    {
        public string NewSessionId()
        {
            var bytes = RandomNumberGenerator.GetBytes(32);
            return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        }
    }

    public class RetryPolicy
    {
        private readonly Random _jitter = new();

        public TimeSpan Delay(int attempt) =>
            TimeSpan.FromMilliseconds(Math.Pow(2, attempt) * 100 + _jitter.Next(0, 250));
    }
}
