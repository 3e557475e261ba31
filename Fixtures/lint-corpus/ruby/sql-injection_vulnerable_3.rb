#!/usr/bin/env ruby
# top_pages.rb DB DAYS - the most visited pages of the last days
require "sqlite3"

db = SQLite3::Database.new(ARGV.fetch(0))
days = ARGV.fetch(1, "7")
rows = db.execute("SELECT path, COUNT(*) FROM hits WHERE ts > datetime('now', '-#{days} days') GROUP BY path") # expect: sql-injection
rows.each { |path, n| puts "#{n}\t#{path}" }
