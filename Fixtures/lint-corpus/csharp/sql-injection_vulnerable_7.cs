using Microsoft.AspNetCore.Mvc;

[ApiController]
public class TicketsController : ControllerBase
{
    private readonly ITicketGateway _gateway;

    public TicketsController(ITicketGateway gateway) => _gateway = gateway;

    [HttpGet("search")]
    public IActionResult Search([FromQuery] string owner)
    {
        var rows = _gateway.RunStatement("SELECT id, title FROM tickets WHERE owner = '" + owner + "'"); // expect: sql-injection
        return Ok(rows);
    }

    [HttpDelete("{tag}")]
    public IActionResult Purge(string tag)
    {
        var statement = $"DELETE FROM tickets WHERE tag = '{tag}'";
        _gateway.Submit(statement); // expect: sql-injection
        return NoContent();
    }
}
