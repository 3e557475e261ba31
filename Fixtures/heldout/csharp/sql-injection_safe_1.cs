using System.Collections.Generic;
using System.Data.SqlClient;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;

namespace Shop.Controllers
{
    [ApiController]
    [Route("api/[controller]")]
    public class ProductsController : ControllerBase
    {
        private readonly string _connectionString;

        public ProductsController(IConfiguration config)
        {
            _connectionString = config.GetConnectionString("Shop");
        }

        [HttpGet("search")]
        public ActionResult<List<string>> Search([FromQuery] string name, [FromQuery] string category)
        {
            var names = new List<string>();
            string sql = "SELECT Name FROM Products WHERE Name LIKE @name";
            if (!string.IsNullOrEmpty(category))
            {
                sql += " AND Category = @category";
            }

            using var conn = new SqlConnection(_connectionString);
            conn.Open();
            using var cmd = new SqlCommand(sql, conn);
            cmd.Parameters.AddWithValue("@name", "%" + name + "%");
            if (!string.IsNullOrEmpty(category))
            {
                cmd.Parameters.AddWithValue("@category", category);
            }
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
            }
            return names;
        }

        [HttpDelete("{id:int}")]
        public IActionResult Delete(int id)
        {
            using var conn = new SqlConnection(_connectionString);
            conn.Open();
            using var cmd = conn.CreateCommand();
            cmd.CommandText = "DELETE FROM Products WHERE Id = @id";
            cmd.Parameters.AddWithValue("@id", id);
            return cmd.ExecuteNonQuery() > 0 ? NoContent() : NotFound();
        }
    }
}
