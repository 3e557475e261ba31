import numpy as np
import yaml
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .scoring import score_batch


@require_POST
def upload_features(request):
    upload = request.FILES["features"]
    try:
        features = np.load(upload, allow_pickle=False)
    except ValueError:
        return JsonResponse({"error": "object arrays are not accepted"}, status=400)
    return JsonResponse({"rows": int(features.shape[0]), "scores": score_batch(features)[:20]})


@require_POST
def upload_config(request):
    text = request.FILES["config"].read().decode("utf-8")
    config = yaml.load(text, Loader=yaml.CSafeLoader)
    return JsonResponse({"keys": sorted(config)[:50]})
