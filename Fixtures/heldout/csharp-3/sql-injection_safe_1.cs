using Microsoft.AspNetCore.Mvc;
using MySqlConnector;

namespace Bookshop.Controllers
{
    [ApiController]
    [Route("api/[controller]")]
    public class BooksController : ControllerBase
    {
        private static readonly Dictionary<string, string> SortColumns = new()
        {
            ["title"] = "title",
            ["price"] = "price",
            ["author"] = "author, title",
        };

        private readonly MySqlDataSource _db;

        public BooksController(MySqlDataSource db) => _db = db;

        [HttpGet("search")]
        public async Task<IActionResult> Search([FromQuery] string author, [FromQuery] string sort = "title")
        {
            var orderBy = SortColumns.TryGetValue(sort, out var column) ? column : "title";
            await using var conn = await _db.OpenConnectionAsync();
            using var cmd = new MySqlCommand("SELECT id, title FROM books WHERE author LIKE @author ORDER BY " + orderBy, conn);
            cmd.Parameters.AddWithValue("@author", "%" + author + "%");
            var books = new List<object>();
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                books.Add(new { id = reader.GetInt32(0), title = reader.GetString(1) });
            }
            return Ok(books);
        }
    }
}
