import logging
import os

BACKEND = "Slack"
BOT_DATA_DIR = os.path.join(os.path.dirname(__file__), "data")
BOT_EXTRA_PLUGIN_DIR = os.path.join(os.path.dirname(__file__), "plugins")
BOT_LOG_FILE = os.path.join(BOT_DATA_DIR, "errbot.log")
BOT_LOG_LEVEL = logging.INFO

BOT_IDENTITY = {
    "token": "xoxb-5521906673-2209846120557-Pq8rTzLkW3vXa0mNcB7yHd2e",  # expect: hardcoded-secret
}

BOT_ADMINS = ("@marta", "@oskar")
CHATROOM_PRESENCE = ("#ops",)
BOT_PREFIX = "!"

STORAGE = "Redis"
STORAGE_CONFIG = {
    "host": "redis.internal",
    "port": 6379,
    "db": 3,
    "password": "n4Vq!r2Lx9sWe7Bz",  # expect: hardcoded-secret
}
