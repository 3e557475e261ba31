# Lita chat handler: "calc <expression>" and "stat <name>" for the on-call channel.
require "lita"

module Lita
  module Handlers
    class OpsCalc < Handler
      route(/^calc\s+(.+)$/, :calc, help: { "calc EXPR" => "Evaluates a capacity formula." })
      route(/^stat\s+(\w+)$/, :stat, help: { "stat NAME" => "Shows a cluster statistic." })

      def calc(response)
        expression = response.match_data[1]
        value = eval(expression) # expect: code-injection
        response.reply("#{expression} = #{value}")
      end

      def stat(response)
        name = response.match_data[1]
        stats = ClusterStats.current
        response.reply("#{name}: #{stats.send(name)}") # expect: code-injection
      end
    end

    Lita.register_handler(OpsCalc)
  end
end
