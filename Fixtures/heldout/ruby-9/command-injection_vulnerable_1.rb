# frozen_string_literal: true

require "tty-option"

# Trims a recording with ffmpeg: trim --from 00:01:00 --to 00:02:00 input.mp4
class TrimCommand
  include TTY::Option

  usage { program "trim" }
  argument(:input) { desc "source file" }
  option(:from) { long "--from string"; default "00:00:00" }
  option(:to) { long "--to string" }
  option(:output) { long "--output string"; default "clip.mp4" }

  def run(argv)
    parse(argv)
    line = ffmpeg_line(params[:input], params[:from], params[:to], params[:output])
    ok = system(line) # expect: command-injection
    warn "ffmpeg failed" unless ok
    ok
  end

  private

  def ffmpeg_line(input, from, to, output)
    range = to ? "-ss #{from} -to #{to}" : "-ss #{from}"
    format("ffmpeg -y %s -i %s -c copy %s", range, input, output)
  end
end

exit(TrimCommand.new.run(ARGV) ? 0 : 1) if $PROGRAM_NAME == __FILE__
