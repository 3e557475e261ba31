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
  ALGORITHM = "MD5"

  def self.of(key)
    OpenSSL::Digest.hexdigest(ALGORITHM, key) # expect: weak-hash
  end

  def self.matches?(credential, presented)
    candidate = OpenSSL::Digest::SHA1.new.hexdigest(presented) # expect: weak-hash
    OpenSSL.secure_compare(candidate, credential.key_digest)
  end
end
