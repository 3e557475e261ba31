require "json"
require "sqlite3"
require "sneakers"

# Sneakers worker: applies stock adjustments published by the warehouse app.
class StockAdjustmentWorker
  include Sneakers::Worker
  from_queue "stock.adjustments", ack: true

  def initialize(*)
    super
    @db = SQLite3::Database.new(ENV.fetch("STOCK_DB", "stock.sqlite3"))
  end

  def work(raw)
    msg = JSON.parse(raw)
    apply(msg.fetch("sku"), Integer(msg.fetch("delta")), msg["note"].to_s)
    ack!
  end

  private

  def apply(sku, delta, note)
    @db.execute(update_sql, [delta, sku])
    @db.execute("INSERT INTO stock_log (sku, delta, note) VALUES (?, ?, ?)", [sku, delta, note])
  end

  def update_sql
    statement = +"UPDATE stock SET quantity = quantity + ?"
    statement << " WHERE sku = ?"
    statement
  end
end
