import marshal

import jsonpickle
import yaml
from django.http import JsonResponse


def import_settings(request):
    data = request.body.decode()
    settings = jsonpickle.decode(data)  # expect: unsafe-deserialization
    return JsonResponse({"ok": bool(settings)})


def import_yaml(request):
    upload = request.FILES["file"]
    doc = yaml.unsafe_load(upload.read())  # expect: unsafe-deserialization
    return JsonResponse({"keys": list(doc)})


def import_legacy(request):
    doc = yaml.load(request.body, Loader=yaml.UnsafeLoader)  # expect: unsafe-deserialization
    return JsonResponse({"keys": list(doc)})


def load_cache(request):
    blob = request.COOKIES.get("cache", "")
    obj = marshal.loads(bytes.fromhex(blob))  # expect: unsafe-deserialization
    return JsonResponse({"type": type(obj).__name__})
