# shop/settings/production.py -- secrets come from the environment
import os

DEBUG = False
ALLOWED_HOSTS = ["shop.example.com"]

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
        "USER": "shop_app",
        "PASSWORD": os.environ.get("SHOP_DB_PASSWORD", ""),
        "HOST": "db.internal",
        "PORT": "5432",
    }
}

EMAIL_HOST = "smtp.mailgun.org"
EMAIL_HOST_USER = "postmaster@mg.example.com"
EMAIL_HOST_PASSWORD = os.getenv("MAILGUN_SMTP_PASSWORD")
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
