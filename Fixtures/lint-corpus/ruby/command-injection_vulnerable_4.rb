require "open3"

class BackupsController < ApplicationController
  def create
    db = params.require(:database)
    out, status = Open3.capture2e("/bin/sh", "-c", "pg_dump #{db} | gzip > /backups/#{db}.gz") # expect: command-injection
    render plain: out, status: status.success? ? 200 : 500
  end

  def restore
    file = params[:file]
    IO.popen(["bash", "-c", "gunzip -c /backups/#{file} | psql"]) { |io| io.read } # expect: command-injection
  end
end
