require "open3"

class AvatarsController < ApplicationController
  before_action :authenticate_user!

  def create
    upload = params.require(:avatar)
    size = params.fetch(:size, "256x256")
    target = Rails.root.join("tmp", "avatars", "#{current_user.id}.png")
    _out, err, status = Open3.capture3("convert #{upload.tempfile.path} -resize #{size} #{target}") # expect: command-injection
    if status.success?
      current_user.avatar.attach(io: File.open(target), filename: "avatar.png")
      redirect_to profile_path, notice: "Avatar updated"
    else
      Rails.logger.warn("convert failed: #{err}")
      render :edit, status: :unprocessable_entity
    end
  end

  def lookup
    domain = params[:domain].to_s
    info = IO.popen("whois #{domain} | head -n 40").read # expect: command-injection
    render plain: info
  end
end
