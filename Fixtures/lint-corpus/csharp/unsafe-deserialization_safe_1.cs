using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Newtonsoft.Json;

namespace Shop.Web.Controllers
{
    public class CartController : Controller
    {
        [HttpPost]
        public IActionResult Restore([FromBody] string body)
        {
            var cart = System.Text.Json.JsonSerializer.Deserialize<Cart>(body);
            return Ok(cart.Items.Count);
        }

        [HttpPost]
        public IActionResult Import([FromBody] string json)
        {
            var settings = new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.None };
            var cart = JsonConvert.DeserializeObject<Cart>(json, settings);
            return Ok(cart.Items.Count);
        }
    }
}
