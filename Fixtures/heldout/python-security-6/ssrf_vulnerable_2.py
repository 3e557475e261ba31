"""Chalice endpoints that fetch remote images for the thumbnail service."""
import urllib.request

import pycurl
from io import BytesIO
from chalice import Chalice, Response

app = Chalice(app_name="thumbs")


@app.route("/fetch", methods=["POST"])
def fetch():
    source = app.current_request.json_body["source"]
    with urllib.request.urlopen(source, timeout=10) as remote:  # expect: ssrf
        data = remote.read(5_000_000)
    return Response(body=data, headers={"Content-Type": "application/octet-stream"}, status_code=200)


@app.route("/probe")
def probe():
    target = (app.current_request.query_params or {}).get("url", "")
    buffer = BytesIO()
    curl = pycurl.Curl()
    curl.setopt(pycurl.URL, target)  # expect: ssrf
    curl.setopt(pycurl.WRITEDATA, buffer)
    curl.perform()
    code = curl.getinfo(pycurl.RESPONSE_CODE)
    curl.close()
    return {"status": code, "bytes": len(buffer.getvalue())}
