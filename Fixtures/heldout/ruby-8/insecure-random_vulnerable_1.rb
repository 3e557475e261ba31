# frozen_string_literal: true

require "sucker_punch"

# Sends the six-digit code a member types to confirm a new phone number.
class PhoneVerificationJob
  include SuckerPunch::Job

  CODE_TTL = 10 * 60

  def perform(member_id, phone)
    member = Member.find(member_id)
    code = fresh_code
    member.update!(pending_phone: phone, phone_code: code, phone_code_expires_at: Time.now + CODE_TTL)
    SmsGateway.deliver(phone, "Your confirmation code is #{code}")
  end

  private

  def fresh_code
    prng = Random.new(Time.now.to_i ^ Process.pid)
    format("%06d", prng.rand(1_000_000)) # expect: insecure-random
  end
end
