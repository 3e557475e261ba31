using System.Linq;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Shop.Web.Controllers
{
    [ApiController]
    [Route("api/users")]
    public class UsersController : ControllerBase
    {
        private readonly ShopContext db;

        public UsersController(ShopContext db) { this.db = db; }

        [HttpGet("by-name")]
        public IActionResult ByName([FromQuery] string name)
        {
            var users = db.Users.FromSqlRaw($"SELECT * FROM Users WHERE Name = '{name}'").ToList(); // expect: sql-injection
            return Ok(users);
        }

        [HttpDelete("{id}")]
        public IActionResult Delete([FromRoute] string id)
        {
            db.Database.ExecuteSqlRaw("DELETE FROM Users WHERE Id = " + id); // expect: sql-injection
            return NoContent();
        }
    }
}
