using System.Collections.Generic;
using Microsoft.AspNetCore.Mvc;
using MySqlConnector;

public class AlbumsController : ControllerBase
{
    private static readonly Dictionary<string, string> Orders = new() { ["year"] = "released", ["name"] = "title" };
    private readonly MySqlConnection _conn;

    public AlbumsController(MySqlConnection conn) => _conn = conn;

    [HttpGet]
    public IActionResult List([FromQuery] string sort = "name")
    {
        var column = Orders.TryGetValue(sort, out var known) ? known : "title";
        using var cmd = new MySqlCommand("SELECT id, title FROM albums ORDER BY " + column, _conn);
        return Ok(cmd.ExecuteScalar());
    }
}
