import jinja2
from datasette import hookimpl
from datasette.utils.asgi import Response
from markupsafe import Markup


async def product_card(datasette, request):
    db = datasette.get_database("shop")
    result = await db.execute(
        "select name, price, card_layout from products where id = ?",
        [request.url_vars["product_id"]],
    )
    product = result.first()
    if product is None:
        return Response.text("not found", status=404)
    layout = jinja2.Environment(autoescape=True).from_string(product["card_layout"])  # expect: template-injection
    html = layout.render(name=product["name"], price=product["price"])
    return Response.html(str(Markup("<div class='card'>") + Markup(html) + Markup("</div>")))


@hookimpl
def register_routes():
    return [(r"^/cards/(?P<product_id>\d+)$", product_card)]
