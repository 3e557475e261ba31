require "digest"

class ApiKey
  def self.digest(key)
    Digest::MD5.hexdigest(key) # expect: weak-crypto
  end

  def self.signature(payload)
    OpenSSL::HMAC.hexdigest(OpenSSL::Digest::SHA1.new, SECRET, payload) # expect: weak-crypto
  end
end
