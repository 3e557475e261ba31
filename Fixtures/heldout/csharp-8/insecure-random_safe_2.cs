using System;
using System.Security.Cryptography;
using Topshelf;

namespace Kiosk.Service
{
    public class KioskService
    {
        private readonly IKioskConfig _config;
        private readonly Random _slideshow = new Random();

        public KioskService(IKioskConfig config)
        {
            _config = config;
        }

        public bool Start(HostControl host)
        {
            _config.AdminUnlockKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));
            _config.FirstSlide = _slideshow.Next(_config.SlideCount);
            return true;
        }

        public bool Stop(HostControl host) => true;
    }

    public interface IKioskConfig
    {
        string AdminUnlockKey { get; set; }
        int SlideCount { get; }
        int FirstSlide { get; set; }
    }
}
