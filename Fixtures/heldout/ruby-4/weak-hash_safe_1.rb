# frozen_string_literal: true

# lib/tasks/legacy_import.rake - moves members from the old PHP forum into the new app.
require "csv"
require "digest"
require "bcrypt"

namespace :legacy do
  desc "Import members from tmp/legacy_members.csv (id,email,password,api_key)"
  task import_members: :environment do
    path = Rails.root.join("tmp", "legacy_members.csv")
    imported = 0

    CSV.foreach(path, headers: true) do |row|
      member = Member.find_or_initialize_by(email: row["email"].downcase)
      member.password_digest = BCrypt::Password.create(row["password"], cost: 12)
      member.api_key_digest = Digest::SHA256.hexdigest(row["api_key"]) if row["api_key"].present?
      # avatar URLs on the old forum were keyed by the MD5 of the e-mail (Gravatar); not a secret
      member.avatar_url = "https://www.gravatar.com/avatar/#{Digest::MD5.hexdigest(member.email)}"
      member.save!(validate: false)
      imported += 1
    end

    puts "imported #{imported} members"
  end
end
