using System.Diagnostics;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;

namespace Catalog.Api.Controllers
{
    [ApiController]
    [Route("api/products")]
    public class ProductsController : ControllerBase
    {
        private readonly IProductRepository _repo;

        public ProductsController(IProductRepository repo) => _repo = repo;

        [HttpGet("{id:int}")]
        public async Task<IActionResult> Get(int id)
        {
            var stopwatch = Stopwatch.StartNew(); // expect: unused-variable
            var product = await _repo.FindAsync(id);
            if (product == null)
                return NotFound();
            var related = await _repo.RelatedAsync(id, 5); // expect: unused-variable
            return Ok(product);
        }
    }
}
