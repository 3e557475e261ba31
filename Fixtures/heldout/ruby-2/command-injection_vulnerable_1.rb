require "thor"

# Small media helper used by the content team.
class MediaCLI < Thor
  desc "thumb INPUT WIDTH", "write a scaled thumbnail next to INPUT"
  def thumb(input, width)
    output = input.sub(/\.\w+\z/, "_thumb.jpg")
    ok = system("ffmpeg -y -loglevel error -i #{input} -vf scale=#{width}:-1 #{output}") # expect: command-injection
    say(ok ? "wrote #{output}" : "ffmpeg failed", ok ? :green : :red)
  end

  desc "changelog REPO", "print the last commits of a repository"
  option :count, type: :numeric, default: 20
  option :since, type: :string
  def changelog(repo)
    log = `git -C #{repo} log --oneline -n #{options[:count]} --since="#{options[:since]}"` # expect: command-injection
    puts log
  end

  desc "probe FILE", "print the duration of a media file"
  def probe(file)
    out = %x(ffprobe -v error -show_entries format=duration -of csv=p=0 '#{file}') # expect: command-injection
    puts "#{file}: #{out.strip}s"
  end
end

MediaCLI.start(ARGV)
