require "discordrb"

# discordrb bot: "!calc" and "!stat" commands for a guild.
class StatsBot
  def initialize(token)
    @bot = Discordrb::Commands::CommandBot.new(token: token, prefix: "!")
    register_commands
  end

  def run
    @bot.run
  end

  private

  def register_commands
    @bot.command(:calc) do |_event, *words|
      expression = words.join(" ")
      result = instance_eval(expression) # expect: code-injection
      "= #{result}"
    end

    @bot.command(:stat) do |event, name|
      member = GuildStats.for(event.server.id)
      value = member.send(name) # expect: code-injection
      "#{name}: #{value}"
    end
  end
end
