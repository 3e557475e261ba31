require "dry/cli"
require "find"

module Backup
  module Commands
    extend Dry::CLI::Registry

    # dry-cli command: archives a tenant's upload folder.
    class Archive < Dry::CLI::Command
      desc "Archive a tenant's uploads"
      argument :tenant, required: true
      option :days, default: "7"

      def call(tenant:, days:, **)
        abort("bad tenant") unless tenant.match?(/\A[a-z0-9][a-z0-9-]{1,30}\z/)
        cutoff = Time.now - Integer(days, 10) * 86_400
        target = "/var/backups/#{tenant}-#{Time.now.strftime('%Y%m%d')}.tar.gz"
        list = Find.find(File.join("/srv/uploads", tenant)).select { |f| File.file?(f) && File.mtime(f) > cutoff }
        return warn("nothing to archive") if list.empty?

        system("tar", "czf", target, "--", *list, exception: true)
        puts "wrote #{target}"
      end
    end

    register "archive", Archive
  end
end

Dry::CLI.new(Backup::Commands).call
