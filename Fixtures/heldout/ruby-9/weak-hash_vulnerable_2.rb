# frozen_string_literal: true

require "openssl"

# Kiosk accounts: staff sign in at the front desk with a short numeric code.
class KioskAccount
  attr_reader :name

  def initialize(name, code_digest, salt)
    @name = name
    @code_digest = code_digest
    @salt = salt
  end

  def self.enrol(name, code)
    salt = OpenSSL::Random.random_bytes(8).unpack1("H*")
    new(name, digest(code, salt), salt)
  end

  def self.digest(code, salt)
    OpenSSL::Digest::SHA1.hexdigest("#{salt}:#{code}") # expect: weak-hash
  end

  def matches?(code)
    candidate = self.class.digest(code, @salt)
    OpenSSL.fixed_length_secure_compare(candidate, @code_digest)
  end
end
