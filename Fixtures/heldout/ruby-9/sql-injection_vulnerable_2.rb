# frozen_string_literal: true

require "clockwork"

# Every hour, each store's saved "low stock" filter is run and the result mailed to its manager.
module LowStock
  module_function

  def run!
    Store.includes(:manager).find_each do |store|
      rows = matching_items(store)
      StockMailer.low(store.manager.email, rows.to_a).deliver_later if rows.any?
    end
  end

  def matching_items(store)
    filter = store.settings.fetch("low_stock_filter", "quantity < 5")
    sql = <<~SQL
      SELECT sku, name, quantity FROM items
      WHERE store_id = #{store.id} AND (#{filter})
      ORDER BY quantity
    SQL
    ActiveRecord::Base.connection.select_all(sql) # expect: sql-injection
  end
end

module Clockwork
  every(1.hour, "stock.low") { LowStock.run! }
end
