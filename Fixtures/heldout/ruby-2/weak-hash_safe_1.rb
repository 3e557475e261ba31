require "digest"
require "openssl"
require "securerandom"

# Personal access tokens: only a digest of each token is stored.
class ApiToken < ApplicationRecord
  belongs_to :user

  def self.issue!(user, name)
    raw = SecureRandom.hex(24)
    create!(user: user, name: name, token_digest: Digest::SHA256.hexdigest(raw))
    raw
  end

  def self.find_by_raw(raw)
    find_by(token_digest: Digest::SHA256.hexdigest(raw.to_s))
  end
end

class Webhooks::PaymentsController < ActionController::API
  def create
    body = request.raw_post
    expected = OpenSSL::HMAC.hexdigest("SHA256", ENV.fetch("PAYMENTS_WEBHOOK_SECRET"), body)
    return head(:unauthorized) unless ActiveSupport::SecurityUtils.secure_compare(expected, request.headers["X-Signature"].to_s)

    PaymentEventJob.perform_later(body)
    head :ok
  end
end
