"""Retry downloads (fixed): loops inside finally may break out of themselves."""
import time
import urllib.request


def download(url, attempts=3):
    for attempt in range(attempts):
        try:
            with urllib.request.urlopen(url, timeout=10) as resp:
                return resp.read()
        except OSError:
            time.sleep(2 ** attempt)
    return None


def download_all(urls, tmp_files):
    results = {}
    try:
        for url in urls:
            results[url] = download(url)
    finally:
        for path in tmp_files:
            if path.endswith(".lock"):
                print("leaving lock file", path)
                break
            print("cleaning", path)

        def summary():
            return len(results)

        print("downloaded", summary(), "files")
    return results
