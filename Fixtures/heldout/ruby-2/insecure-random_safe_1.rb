require "securerandom"

class Invitation < ApplicationRecord
  CODE_ALPHABET = [*"A".."Z", *"2".."9"].freeze

  belongs_to :team
  before_create :assign_code

  private

  def assign_code
    self.code = Array.new(10) { CODE_ALPHABET[SecureRandom.random_number(CODE_ALPHABET.size)] }.join
  end
end

class PhoneVerificationsController < ApplicationController
  def create
    phone = current_user.phone_number
    otp = SecureRandom.random_number(100_000..999_999)
    Rails.cache.write("otp:#{current_user.id}", otp, expires_in: 5.minutes)
    SmsClient.deliver(phone, "Your verification code is #{otp}")
    head :accepted
  end
end
