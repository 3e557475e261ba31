using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Warehouse.Functions
{
    public class StockFunctions
    {
        private readonly WarehouseContext _context;

        public StockFunctions(WarehouseContext context) => _context = context;

        [Function("GetStock")]
        public IActionResult GetStock([HttpTrigger(AuthorizationLevel.Function, "get")] HttpRequest req)
        {
            using var conn = new SqliteConnection("Data Source=stock.db");
            conn.Open();
            using var command = conn.CreateCommand();
            command.CommandText = string.Format("SELECT qty FROM stock WHERE sku = '{0}'", req.Query["sku"]); // expect: sql-injection
            var qty = command.ExecuteScalar();
            return new OkObjectResult(new { sku = req.Query["sku"].ToString(), qty });
        }

        [Function("ReserveStock")]
        public async Task<IActionResult> Reserve([HttpTrigger(AuthorizationLevel.Function, "post")] HttpRequest req)
        {
            string sku = req.Query["sku"];
            string orderRef = req.Query["order"];
            var rows = await _context.Database.ExecuteSqlRawAsync( // expect: sql-injection
                "UPDATE stock SET reserved = reserved + 1, last_order = '" + orderRef + "' WHERE sku = '" + sku + "'");
            return rows == 1 ? new OkResult() : new NotFoundResult();
        }
    }
}
