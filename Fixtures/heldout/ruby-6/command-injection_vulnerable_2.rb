require "open3"
require "shoryuken"

# Shoryuken worker: renders a video thumbnail for an uploaded clip.
class ThumbnailWorker
  include Shoryuken::Worker
  shoryuken_options queue: "thumbnails", auto_delete: true, body_parser: :json

  def perform(_sqs_msg, body)
    clip = body.fetch("clip_path")
    at = body.fetch("at", "00:00:01")
    out = clip.sub(/\.\w+\z/, ".jpg")
    status = render_frame(clip, at, out)
    logger.info("thumbnail #{out} exit=#{status.exitstatus}")
  end

  private

  def render_frame(clip, at, out)
    command = ["ffmpeg", "-y", "-ss", at, "-i", clip].join(" ")
    command += " -frames:v 1 #{out}"
    _output, status = Open3.capture2e(command) # expect: command-injection
    status
  end
end
