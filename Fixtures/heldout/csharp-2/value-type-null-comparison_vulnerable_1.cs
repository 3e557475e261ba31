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
            if (id == null) // expect: value-type-null-comparison
                return BadRequest();
            var appointment = await _repo.FindAsync(id);
            return appointment == null ? NotFound() : Ok(appointment);
        }

        [HttpGet]
        public async Task<IActionResult> Range([FromQuery] DateTime from, [FromQuery] DateTime to)
        {
            if (from == null || to == null) // expect: value-type-null-comparison
                return BadRequest("from and to are required");
            return Ok(await _repo.BetweenAsync(from, to));
        }
    }
}
