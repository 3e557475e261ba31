namespace Devices.Pairing;

public sealed class PairingCodes
{
    public (string Token, int Pin) Begin()
    {
        var token = new byte[32];
        Random.Shared.NextBytes(token); // expect: insecure-random
        var pin = new Random(Environment.TickCount).Next(100000, 1000000); // expect: insecure-random
        return (Convert.ToBase64String(token), pin);
    }
}
