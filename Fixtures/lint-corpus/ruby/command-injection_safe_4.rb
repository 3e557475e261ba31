require "open3"

class BackupsController < ApplicationController
  DATABASES = %w[app analytics].freeze

  def create
    db = params.require(:database)
    return head(:bad_request) unless DATABASES.include?(db)
    out, status = Open3.capture2e("/bin/sh", "-c", 'pg_dump "$1" | gzip > "/backups/$1.gz"', "backup", db)
    render plain: out, status: status.success? ? 200 : 500
  end
end
