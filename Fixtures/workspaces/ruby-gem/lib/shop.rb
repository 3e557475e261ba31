require "shop/item"
require "shop/cart"
require "shop/pricing"

# The shop's carts and items.
module Shop
  VERSION = "0.1.0"
end
