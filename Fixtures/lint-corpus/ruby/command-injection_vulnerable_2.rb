# lib/tasks/backup.rake
namespace :backup do
  desc "Dump one schema: rake backup:dump[schema_name]"
  task :dump, [:schema] => :environment do |_task, args|
    schema = args[:schema] || "public"
    system "pg_dump --schema=#{schema} app_production > tmp/#{schema}.sql" # expect: command-injection
  end

  desc "Copy a dump to a host: rake backup:push[host]"
  task :push, [:host] do |_task, args|
    puts `scp tmp/*.sql #{args[:host]}:/srv/backups/` # expect: command-injection
  end
end
