"""Check a list of URLs and report the ones that are not healthy."""
import requests


def check(url):
    resp = requests.get(url, timeout=5)
    if resp.status_code is 200:  # expect: is-literal-comparison
        return "ok"
    if resp.status_code is not 404:  # expect: is-literal-comparison
        return f"error {resp.status_code}"
    return "missing"


def check_all(urls):
    results = {url: check(url) for url in urls}
    bad = [u for u, state in results.items() if state is not "ok"]  # expect: is-literal-comparison
    if bad is ():  # expect: is-literal-comparison
        print("all good")
    return bad


if __name__ == "__main__":
    print(check_all(["https://example.org", "https://example.org/missing"]))
