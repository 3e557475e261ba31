# frozen_string_literal: true

require "bunny"
require "json"

# Consumes "report.render" messages and fills each widget from the metrics service.
class WidgetWorker
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
    source = widget["source"].to_s
    @metrics.instance_eval(source) # expect: code-injection
  end
end

if $PROGRAM_NAME == __FILE__
  conn = Bunny.new(ENV.fetch("AMQP_URL")).tap(&:start)
  WidgetWorker.new(conn, Object.new).run
end
