require "json"

# The shop's carts and prices.
module Shop
  VERSION = "1.2"

  Item = Struct.new(:name, :price)

  # A cart holds items for one owner.
  class Cart < Base
    include Enumerable
    attr_accessor :owner, :note
    attr_reader :items
    MAX_ITEMS = 10

    # Makes an empty cart.
    def initialize(owner, items = [])
      @owner = owner
      @items = items
    end

    def add(item, quantity: 1)
      @items << item
    end

    def total(tax = 0) = @items.sum(&:price) + tax

    def self.build(owner)
      new(owner)
    end

    class << self
      def empty?(cart)
        cart.items.empty?
      end
    end

    alias_method :size, :count
    alias length count

    private

    def each(&block)
      @items.each(&block)
    end
  end
end

class Shop::Receipt
  def print; end
end

def main
  Shop::Cart.build("ann")
end
