"""Telegram bot: /broadcast sends the admin's text to every subscriber."""
import logging
import os

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

from botstore import load_subscribers

log = logging.getLogger("newsbot")
ADMIN_ID = int(os.environ["NEWSBOT_ADMIN"])


async def broadcast(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.effective_user.id != ADMIN_ID:
        await update.message.reply_text("Only the admin can broadcast.")
        return
    text = " ".join(context.args)
    if not text:
        await update.message.reply_text("Usage: /broadcast <message>")
        return
    subscribers = load_subscribers()
    for chat_id in subscribers:
        await context.bot.send_message(chat_id=chat_id, text=text)  # expect: await-in-loop
    log.info("broadcast sent to %d chats", len(subscribers))
    await update.message.reply_text(f"Sent to {len(subscribers)} chats.")


def main() -> None:
    app = Application.builder().token(os.environ["NEWSBOT_TOKEN"]).build()
    app.add_handler(CommandHandler("broadcast", broadcast))
    app.run_polling()


if __name__ == "__main__":
    main()
