# frozen_string_literal: true

require "slack-ruby-client"
require "bigdecimal"

# Answers "calc a op b" messages with a fixed set of operations.
class CalcBot
  PREFIX = "calc "
  OPERATIONS = {
    "+" => ->(a, b) { a + b },
    "-" => ->(a, b) { a - b },
    "*" => ->(a, b) { a * b },
    "/" => ->(a, b) { b.zero? ? nil : a / b }
  }.freeze

  def initialize(token)
    @client = Slack::RealTime::Client.new(token: token)
    @client.on(:message) { |data| handle(data) }
  end

  def start!
    @client.start!
  end

  private

  def handle(data)
    text = data.text.to_s
    return unless text.start_with?(PREFIX)

    left, op, right = text.delete_prefix(PREFIX).split
    operation = OPERATIONS[op]
    return reply(data.channel, "unknown operator") unless operation

    result = operation.call(BigDecimal(left), BigDecimal(right))
    reply(data.channel, "= #{result&.to_s('F') || 'undefined'}")
  rescue ArgumentError, TypeError
    reply(data.channel, "numbers only, please")
  end

  def reply(channel, text)
    @client.message(channel: channel, text: text)
  end
end
