require "roda"
require "json"
require "dentaku"

# Internal "pricing rules" playground for the ops team.
class PricingApp < Roda
  plugin :json

  PriceContext = Struct.new(:base, :qty, :country) do
    def discounted
      base * qty * (country == "DE" ? 0.9 : 1.0)
    end
  end

  CALCULATOR = Dentaku::Calculator.new

  route do |r|
    r.post "evaluate" do
      ctx = PriceContext.new(r.params["base"].to_f, r.params["qty"].to_i, r.params["country"])
      price = ctx.instance_eval { discounted.round(2) }
      { price: price }
    end

    r.post "formula" do
      body = JSON.parse(r.body.read)
      total = CALCULATOR.evaluate!(body.fetch("expression"), base: body["base"].to_f, qty: body["qty"].to_i)
      { total: total, via: ctx_label }
    end
  end

  def ctx_label
    self.class.send(:name)
  end
end
