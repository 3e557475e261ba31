"""Production settings for the storefront."""
import os

from starlette.applications import Starlette

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
ALLOWED_HOSTS = ["shop.example.com"]
DEBUG = True  # expect: debug-mode
TEMPLATE_DEBUG = DEBUG

app = Starlette(debug=True)  # expect: debug-mode
