using System.Diagnostics;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Catalog.Api.Controllers
{
    [ApiController]
    [Route("api/products")]
    public class ProductsController : ControllerBase
    {
        private readonly IProductRepository _repo;
        private readonly ILogger<ProductsController> _log;

        public ProductsController(IProductRepository repo, ILogger<ProductsController> log)
        {
            _repo = repo;
            _log = log;
        }

        [HttpGet("{id:int}")]
        public async Task<IActionResult> Get(int id)
        {
            var stopwatch = Stopwatch.StartNew();
            var product = await _repo.FindAsync(id);
            if (product == null)
                return NotFound();
            var related = await _repo.RelatedAsync(id, 5);
            _ = _repo.TouchAsync(id);
            _log.LogDebug("product {Id} loaded in {Ms} ms", id, stopwatch.ElapsedMilliseconds);
            return Ok(new { product, related });
        }
    }
}
