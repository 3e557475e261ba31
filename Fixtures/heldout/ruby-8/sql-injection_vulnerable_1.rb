#!/usr/bin/env ruby
# frozen_string_literal: true

require "gli"
require "extralite"

# Reading-log CLI: books and sessions are stored in a local SQLite file.
class ReadingLog
  extend GLI::App

  program_desc "Track reading sessions"
  flag [:db], default_value: File.expand_path("~/.reading.db")

  pre do |global, _command, _options, _args|
    $db = Extralite::Database.new(global[:db])
    true
  end

  desc "Show sessions for books whose title matches"
  arg_name "title"
  command :sessions do |c|
    c.switch [:r, :reverse]
    c.action do |_global, options, args|
      order = options[:reverse] ? "DESC" : "ASC"
      sql = "SELECT b.title, s.pages, s.read_on FROM sessions s JOIN books b ON b.id = s.book_id " \
            "WHERE b.title LIKE '%#{args.join(' ')}%' ORDER BY s.read_on #{order}"
      $db.query(sql).each do |row| # expect: sql-injection
        puts format("%-40s %4d %s", row[:title], row[:pages], row[:read_on])
      end
    end
  end
end

exit ReadingLog.run(ARGV)
