# frozen_string_literal: true

require "bunny"
require "json"

# Consumes "report.render" messages; widgets name one of the metrics the service exposes.
class WidgetWorker
  READERS = %w[active_users signups_today churn_rate open_tickets].freeze

  def initialize(connection, metrics)
    @channel = connection.create_channel
    @queue = @channel.queue("report.render", durable: true)
    @metrics = metrics
  end

  def run
    @queue.subscribe(manual_ack: true, block: true) do |delivery, _props, body|
      render(JSON.parse(body))
      @channel.ack(delivery.delivery_tag)
    end
  end

  def render(payload)
    payload.fetch("widgets", []).map do |widget|
      { id: widget["id"], value: fetch_value(widget) }
    end
  end

  private

  def fetch_value(widget)
    reader = READERS.find { |name| name == widget["source"].to_s }
    return nil if reader.nil?

    @metrics.public_send(reader)
  end
end
