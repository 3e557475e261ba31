# frozen_string_literal: true

# ActionCable channel used by the support dashboard's "network check" widget.
class DiagnosticsChannel < ApplicationCable::Channel
  def subscribed
    reject unless current_user&.support_agent?
    stream_for current_user
  end

  def lookup(data)
    host = data["host"].to_s.strip
    answer = `nslookup #{host} 2>&1` # expect: command-injection
    DiagnosticsChannel.broadcast_to(current_user, kind: "lookup", output: answer)
  end

  def recent_commits(data)
    repo = RepoPaths.for(data["project"])
    log = read_log(repo, data.fetch("branch", "main"))
    DiagnosticsChannel.broadcast_to(current_user, kind: "log", output: log)
  end

  private

  def read_log(repo, branch)
    IO.popen("git -C #{repo} log --oneline -n 20 #{branch}", err: [:child, :out], &:read) # expect: command-injection
  end
end
