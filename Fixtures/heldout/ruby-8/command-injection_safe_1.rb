# frozen_string_literal: true

require "rufus-scheduler"
require "fileutils"
require "open3"
require "zlib"

# Nightly backups of every tenant database, configured by tenants in their settings page.
class TenantBackups
  BACKUP_ROOT = "/srv/backups"
  LABEL = /\A[a-z0-9_-]{1,40}\z/

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
    label = tenant.backup_label.to_s.match?(LABEL) ? tenant.backup_label : "backup"
    target = File.join(dir, "#{Time.now.strftime('%F')}-#{label}.sql.gz")
    sql, status = Open3.capture2("pg_dump", "--no-owner", "--", tenant.database_name)
    return warn("backup failed for tenant #{tenant.id}") unless status.success?

    Zlib::GzipWriter.open(target) { |gz| gz.write(sql) }
  end
end

TenantBackups.new.start if $PROGRAM_NAME == __FILE__
