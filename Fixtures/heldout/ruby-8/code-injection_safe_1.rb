# frozen_string_literal: true

require "hutch"
require "bigdecimal"

# Recomputes shipping quotes when a merchant edits a pricing rule in the dashboard.
class QuoteRecalculator
  include Hutch::Consumer
  consume "pricing.rule_changed"

  STRATEGIES = {
    "flat" => ->(_order, rule) { BigDecimal(rule["amount"].to_s) },
    "per_kg" => ->(order, rule) { BigDecimal(order.weight_kg.to_s) * BigDecimal(rule["amount"].to_s) },
    "per_km" => ->(order, rule) { BigDecimal(order.distance_km.to_s) * BigDecimal(rule["amount"].to_s) }
  }.freeze

  def process(message)
    rule = message[:rule]
    strategy = STRATEGIES.fetch(rule["kind"]) do
      logger.warn "unknown pricing kind #{rule['kind'].inspect}"
      return
    end
    orders = OpenOrders.for_merchant(message[:merchant_id])
    orders.each do |order|
      total = strategy.call(order, rule) + BigDecimal(order.subtotal.to_s)
      OpenOrders.update_quote(order.id, total)
    end
    logger.info "requoted #{orders.size} orders for merchant #{message[:merchant_id]}"
  end
end
