# Que job: migrates member passwords imported from the old forum into our credential table.
require "que"
require "openssl"

class ImportForumMembersJob < Que::Job
  def run(batch_id)
    ForumImportRow.where(batch_id: batch_id).find_each do |row|
      salt = OpenSSL::Random.random_bytes(16)
      Credential.create!(
        member_id: row.member_id,
        salt: [salt].pack("m0"),
        password_digest: digest(row.plain_password, salt),
        api_key_digest: OpenSSL::Digest.hexdigest("MD5", row.api_key) # expect: weak-hash
      )
    end
    finish
  end

  private

  def digest(password, salt)
    sha = OpenSSL::Digest::SHA1.new # expect: weak-hash
    sha << salt
    sha << password
    sha.hexdigest
  end
end
