# GoodJob (ActiveJob) job: applies the pricing rule a merchant chose in the dashboard.
require "bigdecimal"

class RepriceCatalogJob < ApplicationJob
  queue_as :pricing

  ROUNDINGS = {
    "cents" => Pricing::CentsRounding,
    "ninety_nine" => Pricing::NinetyNineRounding,
    "whole" => Pricing::WholeRounding
  }.freeze

  def perform(merchant_id)
    merchant = Merchant.find(merchant_id)
    rule = merchant.pricing_rule
    adjuster = adjuster_for(rule.kind)
    markup = BigDecimal(rule.markup_percent.to_s) / 100

    merchant.products.find_each do |product|
      new_price = product.base_price * (1 + markup)
      product.update!(price: adjuster.round(new_price))
    end
  end

  private

  def adjuster_for(kind)
    ROUNDINGS.fetch(kind) { Pricing::CentsRounding }.new
  end
end
