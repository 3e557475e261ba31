# frozen_string_literal: true

require "rufus-scheduler"
require "fileutils"

# Nightly backups of every tenant database, configured by tenants in their settings page.
class TenantBackups
  BACKUP_ROOT = "/srv/backups"

  def initialize(scheduler = Rufus::Scheduler.new)
    @scheduler = scheduler
  end

  def start
    @scheduler.cron("15 2 * * *") { run_all }
    @scheduler.join
  end

  def run_all
    Tenant.where(backups_enabled: true).find_each do |tenant|
      dir = File.join(BACKUP_ROOT, tenant.id.to_s)
      FileUtils.mkdir_p(dir)
      dump(tenant, dir)
    end
  end

  private

  def dump(tenant, dir)
    target = "#{dir}/#{Time.now.strftime('%F')}-#{tenant.backup_label}.sql.gz"
    ok = system("pg_dump --no-owner #{tenant.database_name} | gzip > #{target}") # expect: command-injection
    warn "backup failed for tenant #{tenant.id}" unless ok
  end
end

TenantBackups.new.start if $PROGRAM_NAME == __FILE__
