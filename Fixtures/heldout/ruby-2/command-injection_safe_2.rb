require "thor"
require "shellwords"

# Small media helper used by the content team.
class MediaCLI < Thor
  desc "thumb INPUT WIDTH", "write a scaled thumbnail next to INPUT"
  def thumb(input, width)
    width = Integer(width)
    output = input.sub(/\.\w+\z/, "_thumb.jpg")
    ok = system("ffmpeg", "-y", "-loglevel", "error", "-i", input, "-vf", "scale=#{width}:-1", output)
    say(ok ? "wrote #{output}" : "ffmpeg failed", ok ? :green : :red)
  end

  desc "changelog REPO", "print the last commits of a repository"
  option :count, type: :numeric, default: 20
  def changelog(repo)
    log = `git -C #{Shellwords.escape(repo)} log --oneline -n #{options[:count].to_i}`
    puts log
  end

  desc "version", "print tool versions"
  def version
    puts `ffmpeg -version`.lines.first
    puts `git --version`
  end
end

MediaCLI.start(ARGV)
