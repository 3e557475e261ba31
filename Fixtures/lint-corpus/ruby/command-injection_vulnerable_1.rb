class ToolsController < ApplicationController
  def ping
    host = params[:host]
    output = `ping -c 1 #{host}` # expect: command-injection
    render plain: output
  end

  def archive
    system("tar czf /tmp/export.tgz #{params[:folder]}") # expect: command-injection
  end

  def resize
    out, _status = Open3.capture2("convert " + params[:image] + " -resize 50% small.png") # expect: command-injection
    render plain: out
  end
end
