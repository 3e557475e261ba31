require "open3"

class AvatarsController < ApplicationController
  before_action :authenticate_user!
  SIZE = /\A\d{2,4}x\d{2,4}\z/
  DOMAIN = /\A(?:[a-z0-9-]{1,63}\.)+[a-z]{2,24}\z/i

  def create
    upload = params.require(:avatar)
    size = params.fetch(:size, "256x256")
    return head(:bad_request) unless size.match?(SIZE)

    target = Rails.root.join("tmp", "avatars", "#{current_user.id}.png").to_s
    _out, err, status = Open3.capture3("convert", upload.tempfile.path, "-resize", size, target)
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
    return head(:bad_request) unless domain.match?(DOMAIN)

    info = IO.popen(["whois", domain], &:read)
    render plain: info.lines.first(40).join
  end
end
