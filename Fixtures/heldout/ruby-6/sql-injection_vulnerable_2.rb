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
    @db.execute(update_sql(sku, delta)) # expect: sql-injection
    @db.execute("INSERT INTO stock_log (sku, delta, note) VALUES ('#{sku}', #{delta}, '#{note}')") # expect: sql-injection
  end

  def update_sql(sku, delta)
    statement = +"UPDATE stock SET quantity = quantity + #{delta}"
    statement << " WHERE sku = '" << sku << "'"
    statement
  end
end
