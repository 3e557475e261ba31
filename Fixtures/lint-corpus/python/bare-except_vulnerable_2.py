"""Download every URL in a file, skipping the ones that fail."""
import sys
import urllib.request


def main():
    with open(sys.argv[1]) as handle:
        urls = [line.strip() for line in handle if line.strip()]
    saved = 0
    for number, url in enumerate(urls):
        try:
            urllib.request.urlretrieve(url, f"page-{number}.html")
            saved += 1
        except:  # expect: bare-except
            continue
    sys.stdout.write(f"saved {saved} of {len(urls)}\n")


if __name__ == "__main__":
    try:
        main()
    except:  # expect: bare-except
        sys.exit(1)
