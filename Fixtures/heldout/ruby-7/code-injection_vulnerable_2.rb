# GoodJob (ActiveJob) job: applies the pricing formula a merchant saved in the dashboard.
class RepriceCatalogJob < ApplicationJob
  queue_as :pricing

  def perform(merchant_id)
    merchant = Merchant.find(merchant_id)
    rule = merchant.pricing_rule
    adjuster = adjuster_for(rule.kind)

    merchant.products.find_each do |product|
      new_price = product.instance_eval(rule.formula) # expect: code-injection
      product.update!(price: adjuster.round(new_price))
    end
  end

  private

  def adjuster_for(kind)
    Object.const_get("Pricing::#{kind.capitalize}Rounding").new # expect: code-injection
  end
end
