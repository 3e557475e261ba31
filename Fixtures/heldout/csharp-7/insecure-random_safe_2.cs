using System;
using System.Security.Cryptography;
using System.Text;
using Akka.Actor;

namespace Kiosk.Auth;

public sealed record StartLogin(string BadgeNumber);
public sealed record LoginChallenge(string BadgeNumber, string Otp, long SessionId);
public sealed record RetryLater(TimeSpan After);

public class LoginActor : ReceiveActor
{
    public LoginActor()
    {
        Receive<StartLogin>(msg =>
        {
            var otp = new StringBuilder(6);
            for (var i = 0; i < 6; i++)
                otp.Append(RandomNumberGenerator.GetInt32(0, 10));
            var sessionId = BitConverter.ToInt64(RandomNumberGenerator.GetBytes(8));
            Sender.Tell(new LoginChallenge(msg.BadgeNumber, otp.ToString(), sessionId));
        });

        // Back-off jitter for a busy badge reader; not a secret.
        Receive<string>(_ => Sender.Tell(new RetryLater(TimeSpan.FromMilliseconds(200 + Random.Shared.Next(300)))));
    }
}
