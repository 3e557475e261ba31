require "digest"
require "securerandom"
require "openssl"
require "sequel"

# Legacy account store for the club's booking app (before the Rails rewrite).
class AccountStore
  def initialize(db)
    @accounts = db[:accounts]
  end

  def create(login, password)
    salt = SecureRandom.hex(16)
    @accounts.insert(login: login, salt: salt, password_digest: digest(password, salt))
  end

  def authenticate(login, password)
    row = @accounts.where(login: login).first
    return nil unless row

    row[:password_digest] == digest(password, row[:salt]) ? row : nil
  end

  def remember_digest(token)
    Digest::SHA1.hexdigest(token) # expect: weak-hash
  end

  def api_token_digest(token)
    OpenSSL::Digest::MD5.hexdigest(token) # expect: weak-hash
  end

  private

  def digest(password, salt)
    Digest::MD5.hexdigest(salt + password) # expect: weak-hash
  end
end
