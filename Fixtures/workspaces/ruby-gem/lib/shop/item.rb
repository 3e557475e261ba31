module Shop
  # One line of a cart.
  class Item
    attr_reader :name, :price

    def initialize(name, price)
      @name = name
      @price = price
    end
  end
end
