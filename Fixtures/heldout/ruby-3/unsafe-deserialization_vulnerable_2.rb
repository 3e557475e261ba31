require "sinatra"
require "base64"
require "json"
require "oj"

Cart = Struct.new(:items, :coupon)

helpers do
  def current_cart
    raw = request.cookies["cart"]
    return Cart.new([], nil) if raw.nil? || raw.empty?

    Marshal.load(Base64.urlsafe_decode64(raw)) # expect: unsafe-deserialization
  end
end

get "/cart" do
  content_type :json
  cart = current_cart
  { items: cart.items.size, coupon: cart.coupon }.to_json
end

post "/cart/import" do
  content_type :json
  imported = Oj.load(request.body.read) # expect: unsafe-deserialization
  { imported: Array(imported).size }.to_json
end
