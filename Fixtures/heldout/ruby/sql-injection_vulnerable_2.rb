#!/usr/bin/env ruby
# stats.rb - prints visit counts for a page from the analytics SQLite file
require "sqlite3"
require "optparse"

options = { db: "analytics.db", days: 7 }
OptionParser.new do |o|
  o.on("--db FILE") { |v| options[:db] = v }
  o.on("--days N") { |v| options[:days] = v }
end.parse!

path = ARGV.fetch(0) { abort "usage: stats.rb [--db FILE] [--days N] PATH" }
db = SQLite3::Database.new(options[:db])

sql = "SELECT date(ts), COUNT(*) FROM visits WHERE path = '#{path}' " \
      "AND ts > datetime('now', '-#{options[:days]} days') GROUP BY date(ts)"
db.execute(sql).each do |day, count| # expect: sql-injection
  puts format("%s %6d", day, count)
end

referrers = db.execute("SELECT referrer, COUNT(*) FROM visits WHERE path = '" + path + "' GROUP BY referrer") # expect: sql-injection
referrers.first(10).each { |ref, n| puts "  #{ref}: #{n}" }
