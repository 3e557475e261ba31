"""AWS Lambda: fetch an RSS feed on behalf of the reader app and return its titles."""
import json
import urllib.request
from xml.etree import ElementTree

USER_AGENT = "reader-feed-fetcher/1.4"


def parse_body(event):
    raw = event.get("body") or "{}"
    return json.loads(raw)


def fetch(feed_url):
    req = urllib.request.Request(feed_url, headers={"User-Agent": USER_AGENT})
    with urllib.request.urlopen(req, timeout=8) as resp:  # expect: ssrf
        return resp.read()


def handler(event, context):
    body = parse_body(event)
    feed = body.get("feed", "").strip()
    if not feed:
        return {"statusCode": 400, "body": json.dumps({"error": "feed required"})}
    document = ElementTree.fromstring(fetch(feed))
    titles = [item.findtext("title") for item in document.iter("item")]
    return {"statusCode": 200, "body": json.dumps({"titles": titles[:50]})}
