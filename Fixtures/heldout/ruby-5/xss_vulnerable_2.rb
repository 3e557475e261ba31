# frozen_string_literal: true

require "cuba"

# Tiny status page for the mail relay; runs beside the relay on an internal port.
module StatusPage
  def self.row(label, value)
    "<tr><th>#{label}</th><td>#{value}</td></tr>"
  end
end

Cuba.define do
  on get, "queue" do
    filter = req.params["recipient"].to_s
    items = MailQueue.pending(recipient_like: filter)
    res.write "<h1>Pending for #{filter}</h1>" # expect: xss
    res.write "<table>#{items.map { |m| StatusPage.row(m.recipient, m.subject) }.join}</table>" # expect: xss
  end

  on get, "bounces/:id" do |id|
    bounce = Bounce.find(id)
    res.html "<pre>#{bounce.diagnostic}</pre><p>Reported by #{req.params["reporter"]}</p>" # expect: xss
  end
end
