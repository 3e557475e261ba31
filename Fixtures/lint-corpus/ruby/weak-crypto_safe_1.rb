require "digest"

class ApiKey
  def self.digest(key)
    Digest::SHA256.hexdigest(key)
  end

  def self.signature(payload)
    OpenSSL::HMAC.hexdigest("SHA256", SECRET, payload)
  end
end
