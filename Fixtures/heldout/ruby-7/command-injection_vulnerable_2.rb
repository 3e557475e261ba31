# Resque job: renders a thumbnail strip for a video a user uploaded; the payload comes from the web app.
require "open3"

class ThumbnailStripJob
  @queue = :media

  def self.perform(payload)
    new(payload).run
  end

  def initialize(payload)
    @source = payload.fetch("path")
    @every = payload.fetch("every", "10")
    @size = payload.fetch("size", "320x180")
  end

  def run
    out, status = Open3.capture2e(ffmpeg_line) # expect: command-injection
    raise "ffmpeg failed: #{out.lines.last}" unless status.success?

    Video.where(path: @source).update_all(strip_ready: true)
  end

  private

  def ffmpeg_line
    parts = ["ffmpeg -y -i '#{@source}'"]
    parts << "-vf fps=1/#{@every},scale=#{@size},tile=8x1"
    parts << "#{@source}.strip.jpg"
    parts.join(" ")
  end
end
