"""Fetch a course roster from the school's API."""
import json
import urllib.request


def fetch_roster(url):
    with urllib.request.urlopen(url, timeout=10) as resp:
        status = resp.status
        body = resp.read().decode("utf-8")
    if status != 200:
        raise RuntimeError(f"roster request failed with {status}")
    return json.loads(body)


def post_grade(url, student, grade):
    data = json.dumps({"student": student, "grade": grade}).encode()
    timeout = 10
    request = urllib.request.Request(url, data=data, method="POST")
    with urllib.request.urlopen(request, timeout=timeout) as resp:
        return resp.status
