module LegacyDigest
  ALGO = "SHA1"

  def self.password_digest(password, salt)
    OpenSSL::Digest.hexdigest(ALGO, "#{salt}#{password}") # expect: weak-crypto
  end
end
