# frozen_string_literal: true

require "roda"
require "open3"

# Network diagnostics for the support team, mounted at /diag.
class DiagApp < Roda
  plugin :json
  plugin :all_verbs
  plugin :halt

  route do |r|
    r.get "ping" do
      host = r.params["host"].to_s
      r.halt(400, { error: "host required" }) if host.empty?
      out, status = Open3.capture2e("ping -c 3 -W 2 #{host}") # expect: command-injection
      { host: host, ok: status.success?, output: out }
    end

    r.post "whois" do
      domain = r.params["domain"].to_s.downcase
      text = IO.popen("whois #{domain} | head -n 40", &:read) # expect: command-injection
      { domain: domain, whois: text }
    end
  end
end
