# frozen_string_literal: true

require "roda"
require "open3"
require "resolv"

# Network diagnostics for the support team, mounted at /diag.
class DiagApp < Roda
  plugin :json
  plugin :all_verbs
  plugin :halt

  HOSTNAME = /\A(?=.{1,253}\z)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*\z/i

  route do |r|
    r.get "ping" do
      host = r.params["host"].to_s
      valid = host.match?(HOSTNAME) || host.match?(Resolv::IPv4::Regex)
      r.halt(400, { error: "invalid host" }) unless valid
      out, status = Open3.capture2e("ping", "-c", "3", "-W", "2", host)
      { host: host, ok: status.success?, output: out }
    end

    r.post "whois" do
      domain = r.params["domain"].to_s.downcase
      r.halt(400, { error: "invalid domain" }) unless domain.match?(HOSTNAME)
      text = IO.popen(["whois", "--", domain], &:read)
      { domain: domain, whois: text.lines.first(40).join }
    end
  end
end
