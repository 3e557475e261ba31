using System.Linq;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Shop.Web.Controllers
{
    [ApiController]
    public class UsersController : ControllerBase
    {
        private readonly ShopContext db;

        public UsersController(ShopContext db) { this.db = db; }

        [HttpGet("by-name")]
        public IActionResult ByName([FromQuery] string name)
        {
            var users = db.Users.FromSqlInterpolated($"SELECT * FROM Users WHERE Name = {name}").ToList();
            return Ok(users);
        }

        [HttpDelete("{id}")]
        public IActionResult Delete([FromRoute] string id)
        {
            db.Database.ExecuteSqlRaw("DELETE FROM Users WHERE Id = {0}", id);
            return NoContent();
        }
    }
}
