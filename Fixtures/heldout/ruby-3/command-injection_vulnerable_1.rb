require "open3"

# app/controllers/admin/network_tools_controller.rb
module Admin
  class NetworkToolsController < ApplicationController
    before_action :require_staff!

    def dig
      host = params.require(:host)
      type = params.fetch(:type, "A")
      output, status = Open3.capture2e("sh", "-c", "dig +short #{type} #{host}") # expect: command-injection
      render json: { ok: status.success?, answers: output.lines.map(&:strip) }
    end

    def traceroute
      target = params.require(:target)
      log = Rails.root.join("tmp", "traceroute-#{current_user.id}.log")
      pid = Process.spawn("traceroute -m 15 #{target} > #{log} 2>&1") # expect: command-injection
      Process.detach(pid)
      render json: { started: pid }
    end
  end
end
