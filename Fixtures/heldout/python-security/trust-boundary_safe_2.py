from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import redirect
from django.views import View

from .models import Coupon, Product


class CheckoutView(View):
    def post(self, request):
        product = Product.objects.get(sku=request.POST["sku"])
        request.session["last_product"] = product.pk
        coupon = Coupon.objects.filter(code=request.POST.get("coupon", ""), active=True).first()
        if coupon is not None:
            request.session["discount_code"] = coupon.code
        request.session["unit_price"] = str(product.price)
        return JsonResponse({"product": product.pk})


def set_locale(request):
    lang = request.GET.get("lang", "")
    supported = dict(settings.LANGUAGES)
    if lang in supported:
        request.session["django_language"] = lang
    return redirect("/")


def visit_count(request):
    request.session["visits"] = request.session.get("visits", 0) + 1
    return JsonResponse({"visits": request.session["visits"]})
