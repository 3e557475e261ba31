# frozen_string_literal: true

# lib/tasks/legacy_import.rake - moves members from the old PHP forum into the new app.
require "csv"
require "digest"

namespace :legacy do
  desc "Import members from tmp/legacy_members.csv (id,email,password,api_key)"
  task import_members: :environment do
    path = Rails.root.join("tmp", "legacy_members.csv")
    imported = 0

    CSV.foreach(path, headers: true) do |row|
      salt = row["id"].to_s.rjust(8, "0")
      member = Member.find_or_initialize_by(email: row["email"].downcase)
      member.password_digest = Digest::SHA1.hexdigest("#{salt}--#{row['password']}") # expect: weak-hash
      member.password_salt = salt
      member.api_key_digest = Digest::MD5.hexdigest(row["api_key"]) if row["api_key"].present? # expect: weak-hash
      member.save!(validate: false)
      imported += 1
    end

    puts "imported #{imported} members"
  end
end
