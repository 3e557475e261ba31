# frozen_string_literal: true

require "open3"
require "tmpdir"

# Karafka consumer: transcodes uploaded clips announced on the "media.uploaded" topic.
class ClipTranscodeConsumer < ApplicationConsumer
  PRESETS = { "720p" => 1280, "480p" => 854 }.freeze
  TIMESTAMP = /\A\d{2}:\d{2}:\d{2}\z/

  def consume
    messages.each do |message|
      clip = message.payload
      Dir.mktmpdir("clip") do |dir|
        source = MediaStore.download(clip["id"], dir)
        transcode(clip, source, dir)
        poster(clip, dir)
      end
      mark_as_consumed(message)
    end
  end

  private

  def transcode(clip, source, dir)
    width = PRESETS.fetch(clip["preset"], 854)
    target = File.join(dir, "out.mp4")
    _out, err, status = Open3.capture3("ffmpeg", "-y", "-i", source, "-vf", "scale=#{width}:-2", "-c:a", "aac", target)
    raise TranscodeError, err unless status.success?

    MediaStore.upload(clip["id"], target)
  end

  def poster(clip, dir)
    stamp = clip.fetch("poster_at", "00:00:01")
    stamp = "00:00:01" unless stamp.match?(TIMESTAMP)
    pid = spawn("ffmpeg", "-y", "-ss", stamp, "-i", File.join(dir, "out.mp4"), "-frames:v", "1", File.join(dir, "poster.jpg"))
    Process.wait(pid)
    MediaStore.upload_poster(clip["id"], File.join(dir, "poster.jpg"))
  end
end
