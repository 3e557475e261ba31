require "discordrb"
require "bigdecimal"

# discordrb bot: "!calc" and "!stat" commands for a guild.
class StatsBot
  STATS = %w[messages_today active_members voice_minutes].freeze
  OPERATORS = {
    "+" => ->(a, b) { a + b },
    "-" => ->(a, b) { a - b },
    "*" => ->(a, b) { a * b },
    "/" => ->(a, b) { b.zero? ? nil : a / b }
  }.freeze

  def initialize(token)
    @bot = Discordrb::Commands::CommandBot.new(token: token, prefix: "!")
    register_commands
  end

  def run
    @bot.run
  end

  private

  def register_commands
    @bot.command(:calc) do |_event, left, op, right|
      operation = OPERATORS[op]
      next "usage: !calc 2 + 3" unless operation && left && right

      "= #{operation.call(BigDecimal(left), BigDecimal(right))&.to_s('F')}"
    rescue ArgumentError
      "numbers only"
    end

    @bot.command(:stat) do |event, name|
      next "unknown stat" unless STATS.include?(name)

      member = GuildStats.for(event.server.id)
      "#{name}: #{member.public_send(name)}"
    end
  end
end
