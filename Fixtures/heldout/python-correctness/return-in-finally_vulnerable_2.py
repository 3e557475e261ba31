"""Retry downloads of the course datasets."""
import time
import urllib.request

URLS = [
    "https://data.example.edu/iris.csv",
    "https://data.example.edu/titanic.csv",
]


def download_all(urls, attempts=3):
    done = []
    for url in urls:
        for attempt in range(attempts):
            try:
                with urllib.request.urlopen(url, timeout=10) as resp:
                    done.append((url, len(resp.read())))
            except OSError:
                time.sleep(2 ** attempt)
                continue
            finally:
                print("attempt", attempt + 1, "for", url)
                break  # expect: return-in-finally
    return done


def first_reachable(urls):
    for url in urls:
        try:
            urllib.request.urlopen(url, timeout=5).close()
            return url
        finally:
            continue  # expect: return-in-finally
    return None


if __name__ == "__main__":
    print(download_all(URLS), first_reachable(URLS))
