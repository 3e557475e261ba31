# lib/tasks/backup.rake
require "shellwords"

namespace :backup do
  desc "Dump one schema: rake backup:dump[schema_name]"
  task :dump, [:schema] => :environment do |_task, args|
    schema = args[:schema] || "public"
    abort "bad schema name" unless schema.match?(/\A[a-z_][a-z0-9_]*\z/)
    system "pg_dump --schema=#{schema} app_production > tmp/#{schema}.sql"
  end

  desc "Copy a dump to a host: rake backup:push[host]"
  task :push, [:host] do |_task, args|
    system("scp", *Dir["tmp/*.sql"], "#{args[:host]}:/srv/backups/")
  end

  desc "Show the size of the dumps"
  task :size do
    puts `du -sh tmp/#{Shellwords.escape(ENV.fetch("DUMP_DIR", "dumps"))}`
  end
end
