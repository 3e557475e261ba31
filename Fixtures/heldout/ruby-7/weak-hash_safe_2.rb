# Que job: migrates member passwords imported from the old forum into our credential table.
require "que"
require "openssl"

class ImportForumMembersJob < Que::Job
  ITERATIONS = 600_000

  def run(batch_id)
    ForumImportRow.where(batch_id: batch_id).find_each do |row|
      salt = OpenSSL::Random.random_bytes(16)
      Credential.create!(
        member_id: row.member_id,
        salt: [salt].pack("m0"),
        password_digest: digest(row.plain_password, salt),
        api_key_digest: OpenSSL::Digest.hexdigest("SHA256", row.api_key)
      )
    end
    finish
  end

  private

  def digest(password, salt)
    key = OpenSSL::KDF.pbkdf2_hmac(password, salt: salt, iterations: ITERATIONS, length: 32, hash: "sha256")
    key.unpack1("H*")
  end
end
