"""Download every URL in a file, skipping the ones that fail."""
import logging
import sys
import urllib.error
import urllib.request


def main():
    with open(sys.argv[1]) as handle:
        urls = [line.strip() for line in handle if line.strip()]
    saved = 0
    for number, url in enumerate(urls):
        try:
            urllib.request.urlretrieve(url, f"page-{number}.html")
            saved += 1
        except urllib.error.URLError as exc:
            logging.warning("skipping %s: %s", url, exc.reason)
    sys.stdout.write(f"saved {saved} of {len(urls)}\n")


if __name__ == "__main__":
    try:
        main()
    except Exception:
        logging.exception("download failed")
        sys.exit(1)
    except BaseException:
        raise
