require "digest"
require "openssl"

# Telegram bot (telegram-bot-ruby): users link their account with a PIN that we store hashed.
class PinStore
  def initialize(redis)
    @redis = redis
  end

  def save(chat_id, pin)
    @redis.set("pin:#{chat_id}", digest(chat_id, pin))
  end

  def valid?(chat_id, pin)
    stored = @redis.get("pin:#{chat_id}")
    stored && Rack::Utils.secure_compare(stored, digest(chat_id, pin))
  end

  private

  def digest(chat_id, pin)
    OpenSSL::KDF.pbkdf2_hmac(pin.to_s, salt: "pin:#{chat_id}:#{ENV.fetch('PIN_PEPPER')}",
                                       iterations: 210_000, length: 32, hash: "sha256").unpack1("H*")
  end
end

class StickerCache
  def self.key_for(file_id)
    "sticker:#{Digest::MD5.hexdigest(file_id)}"
  end
end
