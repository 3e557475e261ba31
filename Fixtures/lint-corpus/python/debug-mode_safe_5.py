"""Settings for the storefront, debug only when the environment asks for it."""
import argparse
import logging
import os

DEBUG = os.getenv("DJANGO_DEBUG", "false").lower() == "true"
ALLOWED_HOSTS = ["shop.example.com"]
log = logging.getLogger(__name__)


def parse_args(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument("--debug", action="store_true", help="verbose logging")
    args = parser.parse_args(argv)
    if args.debug:
        log.setLevel(logging.DEBUG)
    log.debug("parsed arguments: %s", args)
    return args
