# frozen_string_literal: true

require "racecar"
require "json"

# Applies inventory events published by the warehouse scanners.
class InventoryEventsConsumer < Racecar::Consumer
  subscribes_to "inventory-events"

  OPERATIONS = {
    "receive" => :receive_units,
    "pick" => :pick_units,
    "count" => :record_count
  }.freeze

  def process(message)
    event = JSON.parse(message.value)
    item = StockItem.find_by(sku: event.fetch("sku"))
    return if item.nil?

    method_name = OPERATIONS[event["op"]]
    if method_name.nil?
      Racecar.logger.warn("ignored operation #{event['op'].inspect}")
      return
    end
    item.public_send(method_name, Integer(event["quantity"]))
    item.save!
  end
end
