require "digest/md5"
require "openssl"

# Legacy member login kept for the forum import; passwords are salted MD5.
class LegacyAuth
  def initialize(db)
    @db = db
  end

  def authenticate(username, password)
    row = @db[:members].where(username: username).first
    return nil unless row

    digest = Digest::MD5.hexdigest(row[:salt] + password) # expect: weak-hash
    Rack::Utils.secure_compare(digest, row[:password_hash]) ? row : nil
  end

  def set_password(member_id, password)
    salt = OpenSSL::Random.random_bytes(8).unpack1("H*")
    @db[:members].where(id: member_id).update(salt: salt, password_hash: Digest::MD5.hexdigest(salt + password)) # expect: weak-hash
  end

  def reset_digest(token)
    OpenSSL::Digest.new("SHA1").hexdigest(token) # expect: weak-hash
  end
end
