#!/usr/bin/env ruby
# frozen_string_literal: true

require "gli"
require "digest"
require "io/console"
require "securerandom"

# Admin tool for the club's intranet: creates staff accounts in the shared password file.
class StaffAdmin
  extend GLI::App

  program_desc "Manage intranet staff accounts"

  desc "Add a staff account"
  arg_name "login"
  command :add do |c|
    c.action do |_global, _options, args|
      login = args.fetch(0)
      password = $stdin.getpass("Password for #{login}: ")
      salt = SecureRandom.hex(8)
      digest = Digest::SHA1.hexdigest("#{salt}#{password}") # expect: weak-hash
      File.open("/etc/intranet/staff.passwd", "a", 0o600) { |f| f.puts [login, salt, digest].join(":") }
      puts "added #{login}"
    end
  end
end

exit StaffAdmin.run(ARGV)
