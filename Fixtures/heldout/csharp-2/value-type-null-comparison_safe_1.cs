using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;

namespace Clinic.Api.Controllers
{
    [ApiController]
    [Route("api/appointments")]
    public class AppointmentsController : ControllerBase
    {
        private readonly IAppointmentRepository _repo;

        public AppointmentsController(IAppointmentRepository repo) => _repo = repo;

        [HttpGet("{id}")]
        public async Task<IActionResult> Get(int id)
        {
            if (id <= 0)
                return BadRequest();
            var appointment = await _repo.FindAsync(id);
            return appointment == null ? NotFound() : Ok(appointment);
        }

        [HttpGet]
        public async Task<IActionResult> Range([FromQuery] DateTime? from, [FromQuery] DateTime? to, [FromQuery] string? doctor)
        {
            if (from == null || to == null)
                return BadRequest("from and to are required");
            if (doctor != null && doctor.Length > 64)
                return BadRequest("doctor name too long");
            return Ok(await _repo.BetweenAsync(from.Value, to.Value));
        }
    }
}
