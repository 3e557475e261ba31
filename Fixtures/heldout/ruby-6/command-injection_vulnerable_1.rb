require "dry/cli"

module Backup
  module Commands
    extend Dry::CLI::Registry

    # dry-cli command: archives a tenant's upload folder.
    class Archive < Dry::CLI::Command
      desc "Archive a tenant's uploads"
      argument :tenant, required: true
      option :since, default: "1 week ago"

      def call(tenant:, since:, **)
        target = "/var/backups/#{tenant}-#{Time.now.strftime('%Y%m%d')}.tar.gz"
        files = %x(find /srv/uploads/#{tenant} -newermt "#{since}" -type f) # expect: command-injection
        list = files.split("\n")
        return warn("nothing to archive") if list.empty?

        system("tar czf #{target} " + list.join(" ")) # expect: command-injection
        puts "wrote #{target}"
      end
    end

    register "archive", Archive
  end
end

Dry::CLI.new(Backup::Commands).call
