using System;
using Topshelf;

namespace Kiosk.Service
{
    public class KioskService
    {
        private readonly IKioskConfig _config;

        public KioskService(IKioskConfig config)
        {
            _config = config;
        }

        public bool Start(HostControl host)
        {
            var seed = Environment.TickCount;
            var rng = new Random(seed);
            var buffer = new byte[24];
            rng.NextBytes(buffer); // expect: insecure-random
            _config.AdminUnlockKey = Convert.ToBase64String(buffer);
            return true;
        }

        public bool Stop(HostControl host) => true;
    }

    public interface IKioskConfig
    {
        string AdminUnlockKey { get; set; }
    }
}
