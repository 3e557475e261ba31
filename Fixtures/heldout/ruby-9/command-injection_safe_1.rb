# frozen_string_literal: true

require "tty-option"
require "open3"

# Trims a recording with ffmpeg: trim --from 00:01:00 --to 00:02:00 input.mp4
class TrimCommand
  include TTY::Option

  TIMECODE = /\A\d{2}:\d{2}:\d{2}(\.\d{1,3})?\z/

  usage { program "trim" }
  argument(:input) { desc "source file" }
  option(:from) { long "--from string"; default "00:00:00" }
  option(:to) { long "--to string" }
  option(:output) { long "--output string"; default "clip.mp4" }

  def run(argv)
    parse(argv)
    args = ffmpeg_args(params[:input], params[:from], params[:to], params[:output])
    return false unless args

    _out, err, status = Open3.capture3("ffmpeg", *args)
    warn err unless status.success?
    status.success?
  end

  private

  def ffmpeg_args(input, from, to, output)
    return nil unless [from, to].compact.all? { |t| t.match?(TIMECODE) }

    range = ["-ss", from]
    range += ["-to", to] if to
    ["-y", *range, "-i", input, "-c", "copy", "--", output]
  end
end
