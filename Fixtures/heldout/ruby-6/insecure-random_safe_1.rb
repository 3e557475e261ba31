# Telegram bot (telegram-bot-ruby): /link issues a one-time code that binds the chat to an account.
require "securerandom"
require "telegram/bot"

class LinkCommand
  GREETINGS = ["Hi!", "Hello there.", "Welcome back."].freeze

  def initialize(bot, store)
    @bot = bot
    @store = store
  end

  def call(message)
    code = format("%06d", SecureRandom.random_number(1_000_000))
    @store.set("link:#{code}", message.chat.id, ex: 600)
    @bot.api.send_message(chat_id: message.chat.id, text: "#{GREETINGS.sample} Enter #{code} on the website.")
  end
end
