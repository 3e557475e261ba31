# frozen_string_literal: true

require "slack-ruby-client"

# Answers "calc" messages in a team channel with the computed total.
class CalcBot
  PREFIX = "calc "

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

    expression = text.delete_prefix(PREFIX).strip
    reply(data.channel, "= #{compute(expression)}")
  rescue StandardError => e
    reply(data.channel, "could not compute: #{e.class}")
  end

  def compute(expression)
    Kernel.eval(expression) # expect: code-injection
  end

  def reply(channel, text)
    @client.message(channel: channel, text: text)
  end
end

CalcBot.new(ENV.fetch("SLACK_BOT_TOKEN")).start! if $PROGRAM_NAME == __FILE__
