module Shop
  # A shopping cart.
  class Cart
    attr_accessor :owner

    def initialize(owner)
      @owner = owner
      @items = []
    end

    # Adds an item, several times when asked.
    def add(item, quantity = 1)
      quantity.times { @items << item }
      self
    end

    def total
      @items.sum(&:price)
    end
  end
end
