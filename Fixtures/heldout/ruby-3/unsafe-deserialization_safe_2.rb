require "sinatra"
require "json"
require "oj"
require "active_support/message_verifier"

set :cart_verifier, ActiveSupport::MessageVerifier.new(ENV.fetch("CART_SECRET"), serializer: JSON)

helpers do
  def current_cart
    raw = request.cookies["cart"]
    return { "items" => [], "coupon" => nil } if raw.nil? || raw.empty?

    settings.cart_verifier.verified(raw) || { "items" => [], "coupon" => nil }
  end
end

get "/cart" do
  content_type :json
  cart = current_cart
  { items: Array(cart["items"]).size, coupon: cart["coupon"] }.to_json
end

post "/cart/import" do
  content_type :json
  imported = Oj.safe_load(request.body.read)
  { imported: Array(imported).size }.to_json
end
