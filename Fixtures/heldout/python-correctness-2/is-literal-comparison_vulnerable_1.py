import requests


def fetch_status(url):
    response = requests.get(url, timeout=5)
    if response.status_code is 200:  # expect: is-literal-comparison
        return "up"
    if response.status_code is not 503:  # expect: is-literal-comparison
        return "broken"
    return "maintenance"


def check_all(urls):
    report = {}
    for url in urls:
        state = fetch_status(url)
        report[url] = state
        if state is "up":  # expect: is-literal-comparison
            continue
        print(f"{url}: {state}")
    return report
