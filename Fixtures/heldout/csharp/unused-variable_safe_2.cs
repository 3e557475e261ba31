using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Shop.Controllers;

[ApiController]
[Route("api/cart")]
public class CartController : ControllerBase
{
    private readonly ICartService _carts;
    private readonly ILogger<CartController> _log;

    public CartController(ICartService carts, ILogger<CartController> log)
    {
        _carts = carts;
        _log = log;
    }

    [HttpPost("{cartId}/items")]
    public IActionResult AddItem(string cartId, [FromBody] AddItemRequest request)
    {
        var cart = _carts.Get(cartId);
        if (cart == null)
        {
            return NotFound();
        }

        var previousTotal = cart.Total;
        cart.Add(request.Sku, request.Quantity);
        _carts.Save(cart);
        _log.LogInformation("cart {CartId} total {Old} -> {New}", cartId, previousTotal, cart.Total);
        return Ok(cart);
    }

    [HttpDelete("{cartId}")]
    public IActionResult Clear(string cartId)
    {
        using var scope = _log.BeginScope("clearing cart {CartId}", cartId);
        _ = _carts.Clear(cartId);
        return NoContent();
    }
}
