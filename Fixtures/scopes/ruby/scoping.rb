# Ruby's gates: a method body sees only its own locals; blocks see the locals around them.
require_relative "cart"
#                 ^def cart import cart

limit = 10
# ^def limit@top variable

module Shop
  rate = 2
# ^def rate@module variable

  class Cart < Base
#              ^ref Base -> unbound
    attr_reader :items

    def initialize(items = [], *rest, tax: 0, **options, &block)
#                  ^def items@param parameter
#                              ^def rest parameter
#                                     ^def tax parameter
#                                                ^def options parameter
#                                                           ^def block parameter
      @items = items
#              ^ref items -> items@param
      total = limit
#     ^def total variable
#             ^ref limit -> unbound
      total += tax
#     ^ref total -> total
#              ^ref tax -> tax
      items.each do |item, (name, price)|
#     ^ref items -> items@param
#                    ^def item parameter
#                           ^def name parameter
#                                 ^def price parameter
        total = total + price
#               ^ref total -> total
#                       ^ref price -> price
        seen = item
#       ^def seen variable
      end
      seen
#     ^ref seen -> unbound
    end

    def self.build(list)
#            ^none build
#                  ^def list parameter
      new(list).tap { |cart| cart.check }
#     ^none new
#                      ^def cart@block parameter
#                            ^ref cart -> cart@block
#                                 ^none check
    end
  end
end

first, *others = [1, 2, 3]
# ^def first variable
#       ^def others variable
[1, 2].each { |n| puts n + limit }
#              ^def n parameter
#                 ^none puts
#                      ^ref n -> n
#                          ^ref limit -> limit@top

begin
  Shop::Cart.build(first)
#                  ^ref first -> first
rescue ArgumentError => error
#                       ^def error variable
  warn error.message
#      ^ref error -> error
end
