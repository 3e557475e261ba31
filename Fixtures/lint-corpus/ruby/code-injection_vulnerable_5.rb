require "slack-ruby-bot"

# Team bot: "calc 2 * (3 + 4)" answers in the channel.
class CalcBot
  def initialize(client)
    @client = client
  end

  def register
    @client.command(:calc) do |message, *terms|
      answer = eval(terms.join(" ")) # expect: code-injection
      message.reply("= #{answer}")
    end
  end
end
