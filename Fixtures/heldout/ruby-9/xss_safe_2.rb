# frozen_string_literal: true

require "roda"
require "erb"

# Small status page for the build farm: /status?agent=NAME shows that agent's last job.
class StatusApp < Roda
  plugin :halt

  route do |r|
    r.get "status" do
      agent = r.params["agent"].to_s
      job = BuildJob.latest_for(agent)
      response["Content-Type"] = "text/html; charset=utf-8"
      page(agent, job)
    end
  end

  private

  def page(agent, job)
    status = job ? "#{job.state} (#{job.finished_at})" : "no jobs yet"
    h = ERB::Util.method(:html_escape)
    "<html><body><h1>Agent #{h.call(agent)}</h1><p>#{h.call(status)}</p></body></html>"
  end
end
