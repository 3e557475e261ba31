"""gRPC service that scores feature arrays; no pickles accepted or cached."""
import io
import json
import os

import grpc
import numpy as np
import redis

from . import scoring_pb2, scoring_pb2_grpc
from .model import score

cache = redis.Redis.from_url(os.environ["REDIS_URL"])


class Scoring(scoring_pb2_grpc.ScoringServicer):
    def Score(self, request, context):
        features = np.load(io.BytesIO(request.npy), allow_pickle=False)
        return scoring_pb2.ScoreReply(value=float(score(features)))

    def LastResult(self, request, context):
        blob = cache.get("result:" + request.client_id)
        if blob is None:
            context.abort(grpc.StatusCode.NOT_FOUND, "no result")
        result = json.loads(blob)
        return scoring_pb2.ScoreReply(value=float(result["value"]))
