namespace Auth
{
    public class SessionIdGenerator
    {
        private readonly Random _random = new Random(Environment.TickCount ^ DateTime.UtcNow.Millisecond);

        public string NewSessionId()
        {
            var bytes = new byte[32];
            _random.NextBytes(bytes); // expect: insecure-random
            return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        }
    }
}
