require "open3"
require "shoryuken"

# Shoryuken worker: renders a video thumbnail for an uploaded clip.
class ThumbnailWorker
  include Shoryuken::Worker
  shoryuken_options queue: "thumbnails", auto_delete: true, body_parser: :json

  CLIP_ROOT = "/srv/clips/".freeze

  def perform(_sqs_msg, body)
    clip = File.expand_path(body.fetch("clip_path"), CLIP_ROOT)
    raise ArgumentError, "outside clip root" unless clip.start_with?(CLIP_ROOT)

    at = body.fetch("at", "00:00:01")
    raise ArgumentError, "bad timestamp" unless at.match?(/\A\d{2}:\d{2}:\d{2}\z/)

    out = clip.sub(/\.\w+\z/, ".jpg")
    status = render_frame(clip, at, out)
    logger.info("thumbnail #{out} exit=#{status.exitstatus}")
  end

  private

  def render_frame(clip, at, out)
    argv = ["ffmpeg", "-y", "-ss", at, "-i", clip, "-frames:v", "1", out]
    _output, status = Open3.capture2e(*argv)
    status
  end
end
