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
      range = "#{options[:since]}..HEAD"
      IO.popen("git log --no-merges --format=%s --author='#{author}' #{range}") do |io| # expect: command-injection
        io.each_line { |subject| puts "- #{subject}" }
      end
    end
  end
end

exit NotesCLI.run(ARGV)
