using Microsoft.AspNetCore.Mvc;
using MySqlConnector;

namespace Bookshop.Controllers
{
    [ApiController]
    [Route("api/[controller]")]
    public class BooksController : ControllerBase
    {
        private readonly MySqlDataSource _db;

        public BooksController(MySqlDataSource db) => _db = db;

        [HttpGet("search")]
        public async Task<IActionResult> Search([FromQuery] string author, [FromQuery] string sort = "title")
        {
            await using var conn = await _db.OpenConnectionAsync();
            var sql = "SELECT id, title, author, price FROM books WHERE author LIKE '%" + author + "%'";
            sql += " ORDER BY " + sort;
            using var cmd = new MySqlCommand(sql, conn); // expect: sql-injection
            var books = new List<object>();
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                books.Add(new { id = reader.GetInt32(0), title = reader.GetString(1), author = reader.GetString(2), price = reader.GetDecimal(3) });
            }
            return Ok(books);
        }
    }
}
