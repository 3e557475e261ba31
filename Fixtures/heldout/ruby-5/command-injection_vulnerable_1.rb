# frozen_string_literal: true

require "open3"
require "tmpdir"

# Karafka consumer: transcodes uploaded clips announced on the "media.uploaded" topic.
class ClipTranscodeConsumer < ApplicationConsumer
  PRESETS = { "720p" => 1280, "480p" => 854 }.freeze

  def consume
    messages.each do |message|
      clip = message.payload
      Dir.mktmpdir("clip") do |dir|
        transcode(clip, dir)
        poster(clip, dir)
      end
      mark_as_consumed(message)
    end
  end

  private

  def transcode(clip, dir)
    width = PRESETS.fetch(clip["preset"], 854)
    target = File.join(dir, "out.mp4")
    cmd = "ffmpeg -y -i #{clip["source_url"]} -vf scale=#{width}:-2 -c:a aac #{target}"
    _out, err, status = Open3.capture3(cmd) # expect: command-injection
    raise TranscodeError, err unless status.success?

    MediaStore.upload(clip["id"], target)
  end

  def poster(clip, dir)
    stamp = clip.fetch("poster_at", "00:00:01")
    pid = spawn("ffmpeg -y -ss #{stamp} -i #{File.join(dir, "out.mp4")} -frames:v 1 #{dir}/poster.jpg") # expect: command-injection
    Process.wait(pid)
    MediaStore.upload_poster(clip["id"], File.join(dir, "poster.jpg"))
  end
end
