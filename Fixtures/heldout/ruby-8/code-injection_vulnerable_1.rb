# frozen_string_literal: true

require "hutch"
require "bigdecimal"

# Recomputes shipping quotes when a merchant edits a pricing rule in the dashboard.
class QuoteRecalculator
  include Hutch::Consumer
  consume "pricing.rule_changed"

  def process(message)
    rule = message[:rule]
    orders = OpenOrders.for_merchant(message[:merchant_id])
    orders.each do |order|
      total = price_with(rule, order)
      OpenOrders.update_quote(order.id, total)
    end
    logger.info "requoted #{orders.size} orders for merchant #{message[:merchant_id]}"
  end

  private

  def price_with(rule, order)
    weight = BigDecimal(order.weight_kg.to_s)
    distance = BigDecimal(order.distance_km.to_s)
    scope = binding
    { weight: weight, distance: distance, items: order.item_count }.each do |name, value|
      scope.local_variable_set(name, value)
    end
    eval(rule["formula"], scope) + BigDecimal(order.subtotal.to_s) # expect: code-injection
  end
end
