using System.Threading.Tasks;
using Grpc.Core;
using Microsoft.Extensions.Logging;

namespace Parking.Services;

public interface ISpotRepository
{
    Task<int> FreeSpotsAsync(string garage, int level);
}

public class AvailabilityService : Availability.AvailabilityBase
{
    private readonly ISpotRepository _spots;
    private readonly ILogger<AvailabilityService> _log;

    public AvailabilityService(ISpotRepository spots, ILogger<AvailabilityService> log)
    {
        _spots = spots;
        _log = log;
    }

    public override async Task<SpotsReply> Free(SpotsRequest request, ServerCallContext context)
    {
        var peer = context.Peer;
        var free = await _spots.FreeSpotsAsync(request.Garage, request.Level);
        _log.LogDebug("{Peer} asked for garage {Garage} level {Level}: {Free} free", peer, request.Garage, request.Level, free);
        _ = int.TryParse(context.RequestHeaders.GetValue("x-client-version"), out var clientVersion);
        return new SpotsReply { Free = free, Hint = clientVersion >= 3 ? "" : "update your app" };
    }
}
