require "digest"
require "openssl"

# app/models/member.rb
class Member < ApplicationRecord
  attr_accessor :password

  before_save :digest_password, if: -> { password.present? }

  def self.authenticate(email, password)
    member = find_by(email: email.downcase)
    member if member && member.password_digest == member.hash_for(password)
  end

  def hash_for(plain)
    Digest::MD5.hexdigest("#{password_salt}--#{plain}") # expect: weak-hash
  end

  def remember_token_digest(token)
    OpenSSL::Digest::SHA1.hexdigest(token) # expect: weak-hash
  end

  private

  def digest_password
    self.password_salt ||= SecureRandom.hex(8)
    self.password_digest = hash_for(password)
  end
end
