"""Django class-based view that pins the chosen store for the shopping session."""
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views import View

from .models import Store
from .signing import sign_store_id

STORE_COOKIE = {
    "max_age": 14 * 24 * 3600,
    "secure": True,
    "httponly": True,
    "samesite": "Lax",
}


class ChooseStoreView(View):
    def post(self, request, store_id):
        store = get_object_or_404(Store, pk=store_id, open=True)
        response = JsonResponse({"store": store.name})
        response.set_cookie("store", sign_store_id(store.pk), **STORE_COOKIE)
        return response
