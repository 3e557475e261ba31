# Resque job: renders a thumbnail strip for a video a user uploaded; the payload comes from the web app.
require "open3"

class ThumbnailStripJob
  @queue = :media
  MEDIA_ROOT = "/srv/media/"

  def self.perform(payload)
    new(payload).run
  end

  def initialize(payload)
    @source = File.expand_path(payload.fetch("path"), MEDIA_ROOT)
    raise ArgumentError, "outside media root" unless @source.start_with?(MEDIA_ROOT)

    @every = Integer(payload.fetch("every", "10"), 10)
    @size = payload.fetch("size", "320x180")
    raise ArgumentError, "bad size" unless @size.match?(/\A\d{2,4}x\d{2,4}\z/)
  end

  def run
    out, status = Open3.capture2e(*ffmpeg_argv)
    raise "ffmpeg failed: #{out.lines.last}" unless status.success?

    Video.where(path: @source).update_all(strip_ready: true)
  end

  private

  def ffmpeg_argv
    ["ffmpeg", "-y", "-i", @source,
     "-vf", "fps=1/#{@every},scale=#{@size.tr("x", ":")},tile=8x1",
     "#{@source}.strip.jpg"]
  end
end
