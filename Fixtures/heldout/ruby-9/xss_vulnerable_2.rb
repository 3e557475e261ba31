# frozen_string_literal: true

require "roda"

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
    "<html><body><h1>Agent #{agent}</h1><p>#{status}</p></body></html>" # expect: xss
  end
end
