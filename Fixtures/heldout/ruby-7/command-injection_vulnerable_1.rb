#!/usr/bin/env ruby
# Nightly backup CLI: ./backup.rb --source DIR [--label NAME]; host from BACKUP_HOST.
require "optparse"

options = { label: "nightly" }
OptionParser.new do |opts|
  opts.banner = "usage: backup.rb --source DIR [--label NAME]"
  opts.on("-s", "--source DIR") { |dir| options[:source] = dir }
  opts.on("-l", "--label NAME") { |name| options[:label] = name }
end.parse!

abort "missing --source" unless options[:source]

host = ENV.fetch("BACKUP_HOST", "backup.internal")
target = "#{host}:/srv/backups/#{options[:label]}"

ok = system("rsync -az --delete #{options[:source]} #{target}") # expect: command-injection
abort "rsync failed" unless ok

archive = "/var/tmp/#{options[:label]}.tar.zst"
listing = `tar --zstd -tf #{archive} | wc -l` # expect: command-injection
puts "archived #{listing.strip} entries to #{target}"
