"""Telegram bot: /remind <minutes> <text> schedules a reminder."""
from telegram import Update
from telegram.ext import ContextTypes


async def remind(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    chat_id = update.effective_chat.id
    try:
        minutes = int(context.args[0])
        text = " ".join(context.args[1:])
    except (IndexError, ValueError) as err:  # expect: unused-variable
        await update.message.reply_text("Usage: /remind <minutes> <text>")
        return
    job_name = f"{chat_id}-{minutes}"  # expect: unused-variable
    context.job_queue.run_once(send_reminder, minutes * 60, chat_id=chat_id, data=text)
    await update.message.reply_text(f"OK, I will remind you in {minutes} min.")


async def send_reminder(context: ContextTypes.DEFAULT_TYPE) -> None:
    job = context.job
    sent = await context.bot.send_message(job.chat_id, text=f"⏰ {job.data}")  # expect: unused-variable
