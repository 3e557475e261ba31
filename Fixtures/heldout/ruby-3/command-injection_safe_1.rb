require "ipaddr"
require "open3"

# app/controllers/admin/network_tools_controller.rb
module Admin
  class NetworkToolsController < ApplicationController
    before_action :require_staff!
    HOSTNAME = /\A(?=.{1,253}\z)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\z/i
    RECORD_TYPES = %w[A AAAA MX TXT NS CNAME].freeze

    def dig
      host = params.require(:host)
      type = params.fetch(:type, "A")
      unless host.match?(HOSTNAME) && RECORD_TYPES.include?(type)
        return render json: { error: "invalid query" }, status: :unprocessable_entity
      end

      output, status = Open3.capture2e("dig", "+short", type, host)
      render json: { ok: status.success?, answers: output.lines.map(&:strip) }
    end

    def traceroute
      target = IPAddr.new(params.require(:target)).to_s
      log = Rails.root.join("tmp", "traceroute-#{current_user.id}.log").to_s
      pid = Process.spawn("traceroute", "-m", "15", target, out: log, err: [:child, :out])
      Process.detach(pid)
      render json: { started: pid }
    rescue IPAddr::InvalidAddressError
      render json: { error: "target must be an IP address" }, status: :unprocessable_entity
    end
  end
end
