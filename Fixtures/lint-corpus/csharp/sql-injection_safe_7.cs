using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

[ApiController]
public class TicketsController : ControllerBase
{
    private readonly ITicketGateway _gateway;
    private readonly ILogger<TicketsController> _log;

    public TicketsController(ITicketGateway gateway, ILogger<TicketsController> log) => (_gateway, _log) = (gateway, log);

    [HttpGet("search")]
    public IActionResult Search([FromQuery] string owner)
    {
        _log.LogDebug("SELECT tickets for " + owner);
        var rows = _gateway.RunStatement("SELECT id, title FROM tickets WHERE owner = @owner", new { owner });
        return Ok(rows);
    }
}
