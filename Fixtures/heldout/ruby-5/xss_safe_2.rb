# frozen_string_literal: true

require "cuba"
require "rack/utils"

# Tiny status page for the mail relay; runs beside the relay on an internal port.
module StatusPage
  def self.esc(value)
    Rack::Utils.escape_html(value.to_s)
  end

  def self.row(label, value)
    "<tr><th>#{esc(label)}</th><td>#{esc(value)}</td></tr>"
  end
end

Cuba.define do
  on get, "queue" do
    filter = req.params["recipient"].to_s
    items = MailQueue.pending(recipient_like: filter)
    res.write "<h1>Pending for #{StatusPage.esc(filter)}</h1>"
    res.write "<table>#{items.map { |m| StatusPage.row(m.recipient, m.subject) }.join}</table>"
  end

  on get, "bounces/:id" do |id|
    bounce = Bounce.find(id)
    res["Content-Type"] = "text/plain; charset=utf-8"
    res.write "#{bounce.diagnostic}\n\nReported by #{req.params["reporter"]}\n"
  end
end
