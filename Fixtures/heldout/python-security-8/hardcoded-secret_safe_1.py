"""Telegram bot that posts nightly sales figures."""
import logging
import os

import redis
from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

from .reports import nightly_summary

BOT_TOKEN_VARIABLE = "SALESBOT_TOKEN"

cache = redis.Redis(
    host="cache.internal",
    port=6379,
    password=os.environ.get("REDIS_PASSWORD"),
)
log = logging.getLogger("salesbot")


async def sales(update: Update, context: ContextTypes.DEFAULT_TYPE):
    cached = cache.get("sales:nightly")
    text = cached.decode() if cached else nightly_summary()
    cache.setex("sales:nightly", 600, text)
    await update.message.reply_text(text)


def main():
    app = Application.builder().token(os.environ[BOT_TOKEN_VARIABLE]).build()
    app.add_handler(CommandHandler("sales", sales))
    app.run_polling()


if __name__ == "__main__":
    main()
