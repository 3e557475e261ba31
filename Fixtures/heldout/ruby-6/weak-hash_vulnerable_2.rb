require "openssl"

# Sneakers worker: migrates imported accounts, storing password hashes for the login service.
class AccountImportWorker
  include Sneakers::Worker
  from_queue "accounts.import"

  def work(raw)
    row = JSON.parse(raw)
    Account.create!(email: row.fetch("email"), password_hash: hash_password(row.fetch("password")))
    ack!
  end

  private

  def hash_password(password)
    salt = OpenSSL::Random.random_bytes(8).unpack1("H*")
    digest = OpenSSL::Digest.new("SHA1") # expect: weak-hash
    5.times { password = digest.hexdigest(salt + password) }
    "#{salt}$#{password}"
  end
end

class ApiTokenDigest
  def self.call(token)
    OpenSSL::Digest::MD5.hexdigest(token) # expect: weak-hash
  end
end
