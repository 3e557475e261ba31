from django.http import JsonResponse
from django.shortcuts import redirect
from django.views import View

from .models import Product


class CheckoutView(View):
    def post(self, request):
        product = Product.objects.get(sku=request.POST["sku"])
        request.session["last_product"] = product.pk
        request.session["discount_code"] = request.POST.get("coupon")  # expect: trust-boundary
        request.session["price_override"] = request.POST.get("unit_price")  # expect: trust-boundary
        return JsonResponse({"product": product.pk})


def set_locale(request):
    lang = request.GET.get("lang")
    request.session["django_language"] = lang  # expect: trust-boundary
    return redirect("/")


def remember_referrer(request):
    info = {"source": request.META.get("HTTP_REFERER", ""), "landing": request.path}
    request.session["acquisition"] = info  # expect: trust-boundary
    return JsonResponse({"ok": True})
