# shop/settings/production.py
DEBUG = False
ALLOWED_HOSTS = ["shop.example.com"]

SECRET_KEY = "k8#v2!q0z$1m^7r@x3w&p9s*e4t(u6y)i5o_a-b+c=d"  # expect: hardcoded-secret

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
        "USER": "shop_app",
        "PASSWORD": "Tr0ub4dor&3-prod",  # expect: hardcoded-secret
        "HOST": "db.internal",
        "PORT": "5432",
    }
}

EMAIL_HOST = "smtp.mailgun.org"
EMAIL_HOST_USER = "postmaster@mg.example.com"
EMAIL_HOST_PASSWORD = "b4e2d7c9a1f0e3b6d8c2a5f7e9b1d3c4-us5"  # expect: hardcoded-secret
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
