require "bcrypt"
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
    BCrypt::Password.create(password, cost: 12).to_s
  end
end

class ApiTokenDigest
  def self.call(token)
    OpenSSL::HMAC.hexdigest("SHA256", ENV.fetch("TOKEN_PEPPER"), token)
  end
end
