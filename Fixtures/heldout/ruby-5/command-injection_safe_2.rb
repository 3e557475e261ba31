# frozen_string_literal: true

require "resolv"

# ActionCable channel used by the support dashboard's "network check" widget.
class DiagnosticsChannel < ApplicationCable::Channel
  HOSTNAME = /\A(?=.{1,253}\z)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*\z/i
  BRANCH = %r{\A[\w.][\w./-]{0,99}\z}

  def subscribed
    reject unless current_user&.support_agent?
    stream_for current_user
  end

  def lookup(data)
    host = data["host"].to_s.strip
    return unless host.match?(HOSTNAME)

    answer = Resolv.getaddresses(host).join("\n")
    DiagnosticsChannel.broadcast_to(current_user, kind: "lookup", output: answer)
  end

  def recent_commits(data)
    repo = RepoPaths.for(data["project"])
    branch = data.fetch("branch", "main")
    return unless branch.match?(BRANCH)

    log = read_log(repo, branch)
    DiagnosticsChannel.broadcast_to(current_user, kind: "log", output: log)
  end

  private

  def read_log(repo, branch)
    IO.popen(["git", "-C", repo, "log", "--oneline", "-n", "20", branch, "--"], err: [:child, :out], &:read)
  end
end
