using Grpc.Core;
using Microsoft.Extensions.Logging;

namespace Devices.Services;

// Pairs a new handheld scanner with the warehouse system.
public sealed class PairingService : Pairing.PairingBase
{
    private readonly IDeviceRegistry _registry;
    private readonly ILogger<PairingService> _log;

    public PairingService(IDeviceRegistry registry, ILogger<PairingService> log)
    {
        _registry = registry;
        _log = log;
    }

    public override async Task<PairReply> Begin(PairRequest request, ServerCallContext context)
    {
        var token = new byte[32];
        Random.Shared.NextBytes(token); // expect: insecure-random
        var otp = new Random(Environment.TickCount).Next(100000, 1000000); // expect: insecure-random
        await _registry.StartPairingAsync(request.Serial, Convert.ToBase64String(token), otp);
        _log.LogInformation("pairing started for {Serial}", request.Serial);
        return new PairReply { DeviceToken = Convert.ToBase64String(token), DisplayCode = otp.ToString("D6") };
    }
}
