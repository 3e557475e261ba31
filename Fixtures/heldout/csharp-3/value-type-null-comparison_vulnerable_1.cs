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
        public IActionResult List([FromQuery] DateTimeOffset since, [FromQuery] int vehicleId)
        {
            if (vehicleId == null) // expect: value-type-null-comparison
            {
                return BadRequest("vehicleId is required");
            }
            var from = since != null ? since : DateTimeOffset.UtcNow.AddDays(-7); // expect: value-type-null-comparison
            return Ok(_trips.ForVehicle(vehicleId, from));
        }
    }
}
