import pickle

import numpy as np
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .scoring import score_batch


@require_POST
def upload_features(request):
    upload = request.FILES["features"]
    features = np.load(upload, allow_pickle=True)  # expect: unsafe-deserialization
    return JsonResponse({"rows": int(features.shape[0]), "scores": score_batch(features)[:20]})


@require_POST
def restore_session_state(request):
    blob = request.FILES["state"].read()
    state = pickle.loads(blob)  # expect: unsafe-deserialization
    return JsonResponse({"restored": len(state), "keys": sorted(str(k) for k in state)[:50]})
