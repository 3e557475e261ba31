# Telegram bot (telegram-bot-ruby): /link issues a one-time code that binds the chat to an account.
require "telegram/bot"

class LinkCommand
  DIGITS = ("0".."9").to_a.freeze

  def initialize(bot, store)
    @bot = bot
    @store = store
  end

  def call(message)
    code = Array.new(6) { DIGITS.sample }.join # expect: insecure-random
    @store.set("link:#{code}", message.chat.id, ex: 600)
    @bot.api.send_message(chat_id: message.chat.id, text: "Enter #{code} on the website within 10 minutes.")
  end
end
