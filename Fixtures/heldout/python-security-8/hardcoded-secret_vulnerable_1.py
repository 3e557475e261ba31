"""Telegram bot that posts nightly sales figures."""
import logging

import redis
from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

from .reports import nightly_summary

BOT_TOKEN = "6231998470:AAH3kq9ZtVb2xWm0pLr7sYcD1eFgHiJkLmN"  # expect: hardcoded-secret

cache = redis.Redis(
    host="cache.internal",
    port=6379,
    password="r3d1s-Sales-2024!",  # expect: hardcoded-secret
)
log = logging.getLogger("salesbot")


async def sales(update: Update, context: ContextTypes.DEFAULT_TYPE):
    cached = cache.get("sales:nightly")
    text = cached.decode() if cached else nightly_summary()
    cache.setex("sales:nightly", 600, text)
    await update.message.reply_text(text)


def main():
    app = Application.builder().token(BOT_TOKEN).build()
    app.add_handler(CommandHandler("sales", sales))
    app.run_polling()


if __name__ == "__main__":
    main()
