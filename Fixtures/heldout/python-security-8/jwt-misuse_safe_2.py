"""xmlrpc admin service for a print farm; tokens checked with python-jose."""
import os
from xmlrpc.server import SimpleXMLRPCServer

from jose import jwt

from .printers import queue_job, cancel_job

SIGNING_KEY = os.environ["PRINTFARM_KEY"]


class PrintFarm:
    def _operator(self, token):
        claims = jwt.decode(token, SIGNING_KEY, algorithms=["HS512"], audience="printfarm")
        return claims["sub"]

    def submit(self, token, printer, file_id):
        return queue_job(printer, file_id, owner=self._operator(token))

    def cancel(self, token, job_id):
        return cancel_job(job_id, by=self._operator(token))

    def kiosk_token(self, printer):
        return jwt.encode({"sub": "kiosk", "printer": printer, "aud": "printfarm"}, SIGNING_KEY, algorithm="HS512")


if __name__ == "__main__":
    server = SimpleXMLRPCServer(("0.0.0.0", 8700), allow_none=True)
    server.register_instance(PrintFarm())
    server.serve_forever()
