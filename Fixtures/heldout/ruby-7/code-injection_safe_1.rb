# Lita chat handler: "calc <a> <op> <b>" and "stat <name>" for the on-call channel.
require "lita"
require "bigdecimal"

module Lita
  module Handlers
    class OpsCalc < Handler
      OPERATIONS = {
        "+" => ->(a, b) { a + b },
        "-" => ->(a, b) { a - b },
        "*" => ->(a, b) { a * b },
        "/" => ->(a, b) { b.zero? ? nil : a / b }
      }.freeze
      STATS = %w[nodes pods cpu_load memory_used].freeze

      route(%r{^calc\s+([\d.]+)\s*([-+*/])\s*([\d.]+)$}, :calc, help: { "calc A OP B" => "Capacity arithmetic." })
      route(/^stat\s+(\w+)$/, :stat, help: { "stat NAME" => "Shows a cluster statistic." })

      def calc(response)
        left, op, right = response.match_data.captures
        value = OPERATIONS.fetch(op).call(BigDecimal(left), BigDecimal(right))
        response.reply(value ? "#{left} #{op} #{right} = #{value.to_s("F")}" : "division by zero")
      end

      def stat(response)
        name = response.match_data[1]
        return response.reply("unknown statistic #{name}") unless STATS.include?(name)

        response.reply("#{name}: #{ClusterStats.current.public_send(name)}")
      end
    end

    Lita.register_handler(OpsCalc)
  end
end
