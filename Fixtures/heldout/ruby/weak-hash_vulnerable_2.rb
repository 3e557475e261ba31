require "openssl"
require "base64"

module Webhooks
  # Signs outgoing webhook payloads so partners can check where they came from.
  class Signer
    def initialize(secret)
      @secret = secret
    end

    def sign(body)
      OpenSSL::HMAC.hexdigest("SHA1", @secret, body) # expect: weak-hash
    end

    def headers_for(body)
      {
        "X-Signature" => sign(body),
        "X-Body-Digest" => Base64.strict_encode64(OpenSSL::Digest.new("MD5").digest(body)), # expect: weak-hash
      }
    end

    def valid?(body, signature)
      Rack::Utils.secure_compare(sign(body), signature.to_s)
    end
  end
end
