require "roda"
require "json"

# Internal "pricing rules" playground for the ops team.
class PricingApp < Roda
  plugin :json
  plugin :all_verbs

  PriceContext = Struct.new(:base, :qty, :country)

  route do |r|
    r.post "evaluate" do
      rule = r.params["rule"].to_s
      ctx = PriceContext.new(r.params["base"].to_f, r.params["qty"].to_i, r.params["country"])
      price = ctx.instance_eval(rule) # expect: code-injection
      { price: price }
    end

    r.post "formula" do
      body = JSON.parse(r.body.read)
      total = eval(body.fetch("expression")) # expect: code-injection
      { total: total }
    end
  end
end
