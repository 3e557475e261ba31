module LegacyDigest
  ALGO = "SHA256"

  def self.password_digest(password, salt)
    OpenSSL::Digest.hexdigest(ALGO, "#{salt}#{password}")
  end

  def self.cache_key(ids)
    Digest::MD5.hexdigest(ids.join(","))
  end
end
