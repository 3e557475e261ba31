# frozen_string_literal: true

require "openssl"

# Kiosk accounts: staff sign in at the front desk with a short numeric code.
class KioskAccount
  ITERATIONS = 210_000

  attr_reader :name

  def initialize(name, code_digest, salt)
    @name = name
    @code_digest = code_digest
    @salt = salt
  end

  def self.enrol(name, code)
    salt = OpenSSL::Random.random_bytes(16)
    new(name, digest(code, salt), salt)
  end

  def self.digest(code, salt)
    OpenSSL::KDF.pbkdf2_hmac(code.to_s, salt: salt, iterations: ITERATIONS, length: 32, hash: "sha256")
  end

  def matches?(code)
    candidate = self.class.digest(code, @salt)
    OpenSSL.fixed_length_secure_compare(candidate, @code_digest)
  end
end
