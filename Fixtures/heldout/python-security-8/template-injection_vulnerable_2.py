"""Telegram bot that lets group admins set a welcome message with placeholders."""
import os

from bottle import SimpleTemplate
from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes, MessageHandler, filters

from .groups import GroupSettings


async def set_welcome(update: Update, context: ContextTypes.DEFAULT_TYPE):
    text = update.message.text.partition(" ")[2]
    GroupSettings.save(update.effective_chat.id, welcome=text)
    await update.message.reply_text("Welcome message saved.")


async def greet(update: Update, context: ContextTypes.DEFAULT_TYPE):
    settings = GroupSettings.load(update.effective_chat.id)
    for member in update.message.new_chat_members:
        page = SimpleTemplate(settings.welcome)  # expect: template-injection
        await update.message.reply_text(page.render(name=member.first_name, group=update.effective_chat.title))


def main():
    app = Application.builder().token(os.environ["BOT_TOKEN"]).build()
    app.add_handler(CommandHandler("setwelcome", set_welcome))
    app.add_handler(MessageHandler(filters.StatusUpdate.NEW_CHAT_MEMBERS, greet))
    app.run_polling()


if __name__ == "__main__":
    main()
