# frozen_string_literal: true

require "clockwork"

# Every hour, each store's saved threshold is applied and the result mailed to its manager.
module LowStock
  module_function

  def run!
    Store.includes(:manager).find_each do |store|
      rows = matching_items(store)
      StockMailer.low(store.manager.email, rows.to_a).deliver_later if rows.any?
    end
  end

  def matching_items(store)
    threshold = Integer(store.settings.fetch("low_stock_threshold", 5))
    sql = <<~SQL
      SELECT sku, name, quantity FROM items
      WHERE store_id = $1 AND quantity < $2
      ORDER BY quantity
    SQL
    binds = [store.id, threshold]
    ActiveRecord::Base.connection.select_all(sql, "LowStock", binds)
  end
end

module Clockwork
  every(1.hour, "stock.low") { LowStock.run! }
end
