"""gRPC interceptor authenticating calls to the billing service with a fixed algorithm."""
import os

import grpc
import jwt

with open(os.environ["BILLING_JWT_PUBKEY"], encoding="utf-8") as handle:
    PUBLIC_KEY = handle.read()


class AuthInterceptor(grpc.ServerInterceptor):
    def __init__(self):
        self.key = PUBLIC_KEY

    def _verify(self, token):
        return jwt.decode(token, self.key, algorithms=["RS256"], audience="billing")

    def intercept_service(self, continuation, handler_call_details):
        metadata = dict(handler_call_details.invocation_metadata)
        token = metadata.get("authorization", "").removeprefix("Bearer ")
        try:
            self._verify(token)
        except jwt.PyJWTError:
            return None
        return continuation(handler_call_details)
