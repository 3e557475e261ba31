"""Telegram bot: /broadcast sends the admin's text to every subscriber."""
import asyncio
import os

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

from botstore import load_subscribers

ADMIN_ID = int(os.environ["NEWSBOT_ADMIN"])
LIMIT = asyncio.Semaphore(20)


async def send_one(bot, chat_id: int, text: str) -> None:
    async with LIMIT:
        await bot.send_message(chat_id=chat_id, text=text)


async def broadcast(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.effective_user.id != ADMIN_ID:
        await update.message.reply_text("Only the admin can broadcast.")
        return
    text = " ".join(context.args)
    subscribers = load_subscribers()
    outcomes = await asyncio.gather(
        *(send_one(context.bot, chat_id, text) for chat_id in subscribers),
        return_exceptions=True,
    )
    failed = sum(isinstance(o, Exception) for o in outcomes)
    await update.message.reply_text(f"Sent to {len(subscribers) - failed} chats, {failed} failed.")


def main() -> None:
    app = Application.builder().token(os.environ["NEWSBOT_TOKEN"]).build()
    app.add_handler(CommandHandler("broadcast", broadcast))
    app.run_polling()


if __name__ == "__main__":
    main()
