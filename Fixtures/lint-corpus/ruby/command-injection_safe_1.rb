require "open3"
require "shellwords"

class ToolsController < ApplicationController
  def ping
    output, _status = Open3.capture2("ping", "-c", "1", params[:host])
    render plain: output
  end

  def archive
    folder = Shellwords.escape(params[:folder])
    system("tar czf /tmp/export.tgz #{folder}")
  end

  def version
    render plain: `git rev-parse HEAD`
  end
end
