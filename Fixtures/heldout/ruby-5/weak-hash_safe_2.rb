# frozen_string_literal: true

require "openssl"

# Karafka consumer storing API keys issued by the billing service; only a digest is kept.
class ApiKeyIssuedConsumer < ApplicationConsumer
  def consume
    messages.each do |message|
      event = message.payload
      ApiCredential.create!(
        account_id: event["account_id"],
        prefix: event["key"][0, 8],
        key_digest: KeyDigest.of(event["key"])
      )
      mark_as_consumed(message)
    end
  end
end

module KeyDigest
  ALGORITHM = "SHA256"

  def self.of(key)
    OpenSSL::HMAC.hexdigest(ALGORITHM, Rails.application.credentials.api_key_pepper, key)
  end

  def self.matches?(credential, presented)
    candidate = of(presented)
    OpenSSL.secure_compare(candidate, credential.key_digest)
  end

  # Cache key for the credential list; not a security digest.
  def self.etag(credentials)
    OpenSSL::Digest::SHA1.hexdigest(credentials.map(&:id).join(","))
  end
end
