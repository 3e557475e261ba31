require_relative "../lib/shop"

def checkout(owner)
  cart = Shop::Cart.new(owner)
  cart.add(Shop::Item.new("tea", 3), 2)
  puts cart.total
  cart.discounted(10)
end

checkout(ARGV.first || "ann")
