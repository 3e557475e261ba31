import logging
import os

BACKEND = "Slack"
BOT_DATA_DIR = os.path.join(os.path.dirname(__file__), "data")
BOT_EXTRA_PLUGIN_DIR = os.path.join(os.path.dirname(__file__), "plugins")
BOT_LOG_FILE = os.path.join(BOT_DATA_DIR, "errbot.log")
BOT_LOG_LEVEL = logging.INFO

TOKEN_VARIABLE = "ERRBOT_SLACK_TOKEN"

BOT_IDENTITY = {
    "token": os.environ[TOKEN_VARIABLE],
}

BOT_ADMINS = ("@marta", "@oskar")
CHATROOM_PRESENCE = ("#ops",)
BOT_PREFIX = "!"

STORAGE = "Redis"
STORAGE_CONFIG = {
    "host": os.environ.get("REDIS_HOST", "redis.internal"),
    "port": 6379,
    "db": 3,
    "password": os.environ.get("REDIS_PASSWORD", ""),
}
