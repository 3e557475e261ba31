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
            string status = Request.Query["status"];
            using var conn = new SqlConnection(connectionString);
            conn.Open();
            string sql = "SELECT id, total FROM orders WHERE customer = '" + customer + "'";
            if (!string.IsNullOrEmpty(status))
            {
                sql += " AND status = '" + status + "'";
            }
            using var cmd = new SqlCommand(sql, conn); // expect: sql-injection
            using var reader = cmd.ExecuteReader();
            var rows = new System.Collections.Generic.List<long>();
            while (reader.Read()) rows.Add(reader.GetInt64(0));
            return Json(rows);
        }
    }
}
