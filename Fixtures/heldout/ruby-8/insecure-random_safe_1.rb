# frozen_string_literal: true

require "sucker_punch"
require "securerandom"

# Sends the six-digit code a member types to confirm a new phone number.
class PhoneVerificationJob
  include SuckerPunch::Job

  CODE_TTL = 10 * 60
  RETRY_DELAYS = [5, 15, 45].freeze

  def perform(member_id, phone)
    member = Member.find(member_id)
    code = fresh_code
    member.update!(pending_phone: phone, phone_code: code, phone_code_expires_at: Time.now + CODE_TTL)
    deliver_with_retry(phone, "Your confirmation code is #{code}")
  end

  private

  def fresh_code
    format("%06d", SecureRandom.random_number(1_000_000))
  end

  def deliver_with_retry(phone, text)
    RETRY_DELAYS.each do |delay|
      return if SmsGateway.deliver(phone, text)

      sleep(delay + rand(0.0..1.0))
    end
  end
end
