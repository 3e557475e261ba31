using Microsoft.AspNetCore.Mvc;

namespace Fleet.Controllers
{
    [ApiController]
    [Route("api/trips")]
    public class TripsController : ControllerBase
    {
        private readonly ITripRepository _trips;

        public TripsController(ITripRepository trips) => _trips = trips;

        [HttpGet]
        public IActionResult List([FromQuery] DateTimeOffset? since, [FromQuery] int? vehicleId, [FromQuery] string? driver)
        {
            if (vehicleId == null || vehicleId <= 0)
            {
                return BadRequest("vehicleId is required");
            }
            var from = since ?? DateTimeOffset.UtcNow.AddDays(-7);
            var trips = _trips.ForVehicle(vehicleId.Value, from);
            return Ok(driver != null ? trips.Where(t => t.Driver == driver) : trips);
        }
    }
}
