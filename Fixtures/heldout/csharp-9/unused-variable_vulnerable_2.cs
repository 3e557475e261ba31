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
        var peer = context.Peer; // expect: unused-variable
        var free = await _spots.FreeSpotsAsync(request.Garage, request.Level);
        _log.LogDebug("Garage {Garage} level {Level}: {Free} free", request.Garage, request.Level, free);
        return new SpotsReply { Free = free };
    }
}
