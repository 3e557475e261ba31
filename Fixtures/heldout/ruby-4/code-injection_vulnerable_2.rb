# frozen_string_literal: true

require "sidekiq"

# Pricing rules are edited by shop owners in the dashboard and stored as text.
class ApplyPricingRulesJob
  include Sidekiq::Job

  def perform(cart_id)
    cart = Cart.find(cart_id)
    cart.shop.pricing_rules.active.order(:position).each do |rule|
      applies = cart.instance_eval(rule.condition) # expect: code-injection
      next unless applies

      discount = eval(rule.discount_expression, cart_binding(cart)) # expect: code-injection
      cart.discounts.create!(rule_id: rule.id, amount_cents: discount.to_i)
    end
  end

  private

  def cart_binding(cart)
    subtotal = cart.subtotal_cents
    items = cart.line_items.sum(:quantity)
    binding
  end
end
