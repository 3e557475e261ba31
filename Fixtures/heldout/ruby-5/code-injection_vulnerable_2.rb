# frozen_string_literal: true

# Karafka consumer applying "adjustment" messages published by the pricing dashboard.
class PriceAdjustmentConsumer < ApplicationConsumer
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
    new_price = compute(product, adjustment["formula"])
    product.update!(price_cents: new_price)
    notify(product, adjustment["op"], adjustment.fetch("args", []))
  end

  def compute(product, formula)
    price = product.price_cents
    cost = product.cost_cents
    Integer(eval(formula)) # expect: code-injection
  end

  def notify(product, operation, args)
    PricingNotifier.new(product).__send__(operation, *args) # expect: code-injection
  end
end
