# frozen_string_literal: true

require "racecar"
require "json"

# Applies inventory events published by the warehouse scanners.
class InventoryEventsConsumer < Racecar::Consumer
  subscribes_to "inventory-events"

  def process(message)
    event = JSON.parse(message.value)
    item = StockItem.find_by(sku: event.fetch("sku"))
    return if item.nil?

    apply(item, event["op"], Array(event["args"]))
    item.save!
  end

  private

  def apply(item, operation, args)
    item.public_send(operation, *args) # expect: code-injection
  rescue ArgumentError => e
    Racecar.logger.warn("bad event for #{item.sku}: #{e.message}")
  end
end
