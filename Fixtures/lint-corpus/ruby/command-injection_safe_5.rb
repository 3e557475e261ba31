# The same worker and app with argument lists.
class TranscodeWorker
  include Sidekiq::Job

  def perform(track_id)
    track = Track.find(track_id)
    input = File.join("/var/audio", "#{track.id}.upload")
    system("ffmpeg", "-i", input, "-b:a", "128k", "/var/audio/out/#{track.id}.mp3")
  end
end

class StatusApp < Roda
  route do |r|
    r.get "dns" do
      name = r.params["name"].to_s.strip
      IO.popen(["dig", "+short", name], &:read)
    end
  end
end
