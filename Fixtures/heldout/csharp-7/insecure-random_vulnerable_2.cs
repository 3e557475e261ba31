using System;
using System.Text;
using Akka.Actor;

namespace Kiosk.Auth;

public sealed record StartLogin(string BadgeNumber);
public sealed record LoginChallenge(string BadgeNumber, string Otp, long SessionId);

public class LoginActor : ReceiveActor
{
    private readonly Random _rng = new();

    public LoginActor()
    {
        Receive<StartLogin>(msg =>
        {
            var otp = new StringBuilder(6);
            for (var i = 0; i < 6; i++)
                otp.Append(_rng.Next(0, 10)); // expect: insecure-random
            var sessionId = Random.Shared.NextInt64(); // expect: insecure-random
            Sender.Tell(new LoginChallenge(msg.BadgeNumber, otp.ToString(), sessionId));
        });
    }
}
