"""Fetch a course roster from the school's API."""
import json
import urllib.request


def fetch_roster(url):
    with urllib.request.urlopen(url, timeout=10) as resp:
        status = resp.status  # expect: unused-variable
        body = resp.read().decode("utf-8")
    return json.loads(body)


def post_grade(url, student, grade):
    data = json.dumps({"student": student, "grade": grade}).encode()
    request = urllib.request.Request(url, data=data, method="POST")
    with urllib.request.urlopen(request, timeout=10) as resp:
        return resp.status
