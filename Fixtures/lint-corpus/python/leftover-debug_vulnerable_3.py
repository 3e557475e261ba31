import logging

from django.http import JsonResponse

log = logging.getLogger(__name__)


def checkout(request):
    cart = request.session.get("cart", [])
    print(cart)  # expect: leftover-debug
    total = sum(item["price"] for item in cart)
    log.info("checkout total %s", total)
    return JsonResponse({"total": total})


def refund(request, order):
    import ipdb; ipdb.set_trace()  # expect: leftover-debug
    order.refund()
    return JsonResponse({"ok": True})
