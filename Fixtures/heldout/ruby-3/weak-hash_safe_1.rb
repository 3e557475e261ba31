require "bcrypt"
require "digest"

# app/models/member.rb
class Member < ApplicationRecord
  attr_accessor :password

  before_save :digest_password, if: -> { password.present? }

  def self.authenticate(email, password)
    member = find_by(email: email.downcase)
    member if member && BCrypt::Password.new(member.password_digest).is_password?(password)
  end

  def remember_token_digest(token)
    Digest::SHA256.hexdigest(token)
  end

  private

  def digest_password
    self.password_digest = BCrypt::Password.create(password, cost: 12)
  end
end
