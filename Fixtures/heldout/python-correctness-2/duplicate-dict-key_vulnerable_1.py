"""Django settings fragment for the clinic booking site."""
import os

BASE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("DB_NAME", "clinic"),
        "USER": os.environ.get("DB_USER", "clinic"),
        "HOST": os.environ.get("DB_HOST", "localhost"),
        "PORT": "5432",
        "NAME": "clinic_test",  # expect: duplicate-dict-key
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {
        "console": {"class": "logging.StreamHandler", "level": "INFO", "level": "DEBUG"},  # expect: duplicate-dict-key
    },
    "root": {"handlers": ["console"], "level": "INFO"},
}
