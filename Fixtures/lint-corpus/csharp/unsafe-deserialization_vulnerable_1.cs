using System.IO;
using System.Runtime.Serialization.Formatters.Binary;
using Microsoft.AspNetCore.Mvc;
using Newtonsoft.Json;

namespace Shop.Web.Controllers
{
    public class CartController : Controller
    {
        [HttpPost]
        public IActionResult Restore()
        {
            var formatter = new BinaryFormatter();
            var cart = (Cart)formatter.Deserialize(Request.Body); // expect: unsafe-deserialization
            return Ok(cart.Items.Count);
        }

        [HttpPost]
        public IActionResult Import([FromBody] string json)
        {
            var settings = new JsonSerializerSettings
            {
                TypeNameHandling = TypeNameHandling.Objects, // expect: unsafe-deserialization
            };
            var cart = JsonConvert.DeserializeObject<Cart>(json, settings);
            return Ok(cart.Items.Count);
        }
    }
}
