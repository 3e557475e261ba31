#!/usr/bin/env ruby
# Nightly backup CLI: ./backup.rb --source DIR [--label NAME]; host from BACKUP_HOST.
require "optparse"

options = { label: "nightly" }
OptionParser.new do |opts|
  opts.banner = "usage: backup.rb --source DIR [--label NAME]"
  opts.on("-s", "--source DIR") { |dir| options[:source] = dir }
  opts.on("-l", "--label NAME") { |name| options[:label] = name }
end.parse!

abort "missing --source" unless options[:source] && File.directory?(options[:source])
abort "bad label" unless options[:label].match?(/\A[a-z0-9_-]{1,32}\z/)

host = ENV.fetch("BACKUP_HOST", "backup.internal")
abort "bad host" unless host.match?(/\A[a-z0-9.-]+\z/)
target = "#{host}:/srv/backups/#{options[:label]}"

ok = system("rsync", "-az", "--delete", "--", options[:source], target)
abort "rsync failed" unless ok

archive = "/var/tmp/#{options[:label]}.tar.zst"
listing = IO.popen(["tar", "--zstd", "-tf", archive], &:readlines)
puts "archived #{listing.size} entries to #{target}"
