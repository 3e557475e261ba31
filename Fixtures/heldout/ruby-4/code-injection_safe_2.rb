# frozen_string_literal: true

require "sidekiq"

# Pricing rules are edited by shop owners in the dashboard and stored as structured fields.
class ApplyPricingRulesJob
  include Sidekiq::Job

  CONDITIONS = {
    "min_subtotal" => ->(cart, value) { cart.subtotal_cents >= value },
    "min_items" => ->(cart, value) { cart.line_items.sum(:quantity) >= value },
    "first_order" => ->(cart, _value) { cart.customer.orders.none? }
  }.freeze

  def perform(cart_id)
    cart = Cart.find(cart_id)
    cart.shop.pricing_rules.active.order(:position).each do |rule|
      check = CONDITIONS[rule.condition_kind]
      next unless check && check.call(cart, rule.condition_value.to_i)

      discount = discount_for(cart, rule)
      cart.discounts.create!(rule_id: rule.id, amount_cents: discount)
    end
  end

  private

  def discount_for(cart, rule)
    case rule.discount_kind
    when "percent" then (cart.subtotal_cents * rule.discount_value.to_i.clamp(0, 100)) / 100
    when "fixed" then rule.discount_value.to_i.clamp(0, cart.subtotal_cents)
    else 0
    end
  end
end
