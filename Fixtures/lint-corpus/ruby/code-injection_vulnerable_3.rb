# A worker that applies shipping rules admins type into the back office.
class ShippingRulesJob
  def perform(order_id)
    order = Order.find(order_id)
    ShippingRule.active.each do |rule|
      next unless order.instance_eval(rule.applies_if) # expect: code-injection
      order.shipping_cents = eval(rule.price_formula, order.instance_eval { binding }) # expect: code-injection
    end
    order.save!
  end
end
