"""Telegram bot: /remind <minutes> <text> schedules a reminder."""
from telegram import Update
from telegram.ext import ContextTypes


async def remind(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    chat_id = update.effective_chat.id
    try:
        minutes = int(context.args[0])
    except (IndexError, ValueError):
        await update.message.reply_text("Usage: /remind <minutes> <text>")
        return
    text = " ".join(context.args[1:])
    context.job_queue.run_once(
        send_reminder, minutes * 60, chat_id=chat_id, data=text, name=f"{chat_id}-{minutes}"
    )


async def send_reminder(context: ContextTypes.DEFAULT_TYPE) -> None:
    job = context.job
    await context.bot.send_message(job.chat_id, text=f"⏰ {job.data}")


def parse_duration(raw: str) -> int:
    amount, _, unit = raw.partition(" ")
    return int(amount) * (60 if unit.startswith("h") else 1)
