using System.Data.SqlClient;
using Microsoft.AspNetCore.Mvc;

namespace Shop.Web.Controllers
{
    public class OrdersController : Controller
    {
        private readonly string connectionString;

        public OrdersController(string connectionString) { this.connectionString = connectionString; }

        public IActionResult Search()
        {
            string customer = Request.Query["customer"];
            using var conn = new SqlConnection(connectionString);
            conn.Open();
            using var cmd = new SqlCommand("SELECT id, total FROM orders WHERE customer = @customer", conn);
            cmd.Parameters.AddWithValue("@customer", customer);
            using var reader = cmd.ExecuteReader();
            var rows = new System.Collections.Generic.List<long>();
            while (reader.Read()) rows.Add(reader.GetInt64(0));
            return Json(rows);
        }

        public IActionResult Page([FromQuery] string page)
        {
            int number = int.Parse(page);
            using var conn = new SqlConnection(connectionString);
            using var cmd = new SqlCommand("SELECT id FROM orders ORDER BY id OFFSET " + (number * 20) + " ROWS", conn);
            return Json(cmd.ExecuteScalar());
        }
    }
}
