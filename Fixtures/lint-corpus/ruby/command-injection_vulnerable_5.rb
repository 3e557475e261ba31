# A background worker that transcodes uploaded audio, and a Roda status app.
class TranscodeWorker
  include Sidekiq::Job

  def perform(track_id)
    track = Track.find(track_id)
    input = File.join("/var/audio", track.original_filename)
    system("ffmpeg -i '#{input}' -b:a 128k /var/audio/out/#{track.id}.mp3") # expect: command-injection
  end
end

class StatusApp < Roda
  route do |r|
    r.get "dns" do
      name = r.params["name"].to_s.strip
      IO.popen("dig +short #{name}", &:read) # expect: command-injection
    end
  end
end
