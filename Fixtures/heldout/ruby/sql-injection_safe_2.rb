#!/usr/bin/env ruby
# stats.rb - prints visit counts for a page from the analytics SQLite file
require "sqlite3"
require "optparse"

options = { db: "analytics.db", days: 7 }
OptionParser.new do |o|
  o.on("--db FILE") { |v| options[:db] = v }
  o.on("--days N", Integer) { |v| options[:days] = v }
end.parse!

path = ARGV.fetch(0) { abort "usage: stats.rb [--db FILE] [--days N] PATH" }
db = SQLite3::Database.new(options[:db])

sql = "SELECT date(ts), COUNT(*) FROM visits WHERE path = ? " \
      "AND ts > datetime('now', ?) GROUP BY date(ts)"
db.execute(sql, [path, "-#{options[:days].to_i} days"]).each do |day, count|
  puts format("%s %6d", day, count)
end

table = "visits"
total = db.get_first_value("SELECT COUNT(*) FROM #{table}")
referrers = db.execute("SELECT referrer, COUNT(*) FROM visits WHERE path = ? GROUP BY referrer", [path])
referrers.first(10).each { |ref, n| puts "  #{ref}: #{n}" }
puts "#{total} visits recorded in total"
