using System;
using System.Threading;
using System.Threading.Tasks;
using MediatR;

namespace Fleet.Commands
{
    public class AssignDriver : IRequest<bool>
    {
        public Guid? VehicleId { get; set; }
        public int DriverId { get; set; }
        public DateTimeOffset? From { get; set; }
        public string? Note { get; set; }
    }

    public class AssignDriverHandler : IRequestHandler<AssignDriver, bool>
    {
        private readonly IRoster _roster;

        public AssignDriverHandler(IRoster roster)
        {
            _roster = roster;
        }

        public async Task<bool> Handle(AssignDriver request, CancellationToken ct)
        {
            if (request.VehicleId == null || request.VehicleId == Guid.Empty)
            {
                return false;
            }
            var from = request.From != null ? request.From.Value : DateTimeOffset.UtcNow;
            var note = request.Note == null ? "" : request.Note.Trim();
            return await _roster.AssignAsync(request.VehicleId.Value, request.DriverId, from, note, ct);
        }
    }

    public interface IRoster
    {
        Task<bool> AssignAsync(Guid vehicle, int driver, DateTimeOffset from, string note, CancellationToken ct);
    }
}
