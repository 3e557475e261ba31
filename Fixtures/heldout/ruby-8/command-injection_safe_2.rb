#!/usr/bin/env ruby
# frozen_string_literal: true

require "gli"

# Release-notes helper for the mobile team.
class NotesCLI
  extend GLI::App

  program_desc "Collect commit subjects for release notes"

  desc "List commits by an author since a tag"
  arg_name "author"
  command :by do |c|
    c.flag [:s, :since], default_value: "HEAD~50"
    c.action do |_global, options, args|
      author = args.first or raise "author required"
      since = options[:since].to_s
      raise "bad revision #{since.inspect}" unless since.match?(%r{\A[\w./~^]+\z})

      range = "#{since}..HEAD"
      argv = ["git", "log", "--no-merges", "--format=%s", "--author=#{author}", range, "--"]
      IO.popen(argv) do |io|
        io.each_line { |subject| puts "- #{subject}" }
      end
    end
  end
end

exit NotesCLI.run(ARGV)
