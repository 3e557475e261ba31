require "openssl"
require "base64"

module Webhooks
  class Signer
    def initialize(secret)
      @secret = secret
    end

    def sign(body)
      OpenSSL::HMAC.hexdigest("SHA256", @secret, body)
    end

    def headers_for(body)
      {
        "X-Signature" => sign(body),
        "X-Body-Digest" => Base64.strict_encode64(OpenSSL::Digest.new("SHA256").digest(body)),
        "X-Request-Id" => SecureRandom.uuid,
      }
    end

    def valid?(body, signature)
      Rack::Utils.secure_compare(sign(body), signature.to_s)
    end

    # Cache key for the rendered payload; a collision only costs a re-render.
    def cache_key(body)
      "webhook/#{Digest::MD5.hexdigest(body)}"
    end
  end
end
