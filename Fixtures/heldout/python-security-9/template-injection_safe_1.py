import jinja2
from datasette import hookimpl
from datasette.utils.asgi import Response

LAYOUTS = jinja2.Environment(
    loader=jinja2.PackageLoader("shop_cards", "layouts"),
    autoescape=jinja2.select_autoescape(["html"]),
)
ALLOWED_LAYOUTS = {"compact", "wide", "featured"}


async def product_card(datasette, request):
    db = datasette.get_database("shop")
    result = await db.execute(
        "select name, price, card_layout from products where id = ?",
        [request.url_vars["product_id"]],
    )
    product = result.first()
    if product is None:
        return Response.text("not found", status=404)
    layout_name = product["card_layout"] if product["card_layout"] in ALLOWED_LAYOUTS else "compact"
    layout = LAYOUTS.get_template(f"{layout_name}.html")
    return Response.html(layout.render(name=product["name"], price=product["price"]))


@hookimpl
def register_routes():
    return [(r"^/cards/(?P<product_id>\d+)$", product_card)]
