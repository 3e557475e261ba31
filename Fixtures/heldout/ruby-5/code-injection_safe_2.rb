# frozen_string_literal: true

# Karafka consumer applying "adjustment" messages published by the pricing dashboard.
class PriceAdjustmentConsumer < ApplicationConsumer
  FORMULAS = {
    "markup" => ->(price, _cost, pct) { price + (price * pct / 100) },
    "discount" => ->(price, _cost, pct) { price - (price * pct / 100) },
    "cost_plus" => ->(_price, cost, pct) { cost + (cost * pct / 100) }
  }.freeze
  NOTIFICATIONS = %i[price_raised price_lowered price_unchanged].freeze

  def consume
    messages.each do |message|
      adjustment = message.payload
      product = Product.find_by(sku: adjustment["sku"])
      next unless product

      apply(product, adjustment)
      mark_as_consumed(message)
    end
  end

  private

  def apply(product, adjustment)
    new_price = compute(product, adjustment["formula"], Integer(adjustment.fetch("percent", 0)))
    product.update!(price_cents: new_price)
    notify(product, adjustment["op"])
  end

  def compute(product, formula, percent)
    rule = FORMULAS.fetch(formula) { return product.price_cents }
    Integer(rule.call(product.price_cents, product.cost_cents, percent))
  end

  def notify(product, operation)
    name = NOTIFICATIONS.find { |n| n.to_s == operation }
    PricingNotifier.new(product).public_send(name) if name
  end
end
