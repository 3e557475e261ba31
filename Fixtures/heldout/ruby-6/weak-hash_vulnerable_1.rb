require "digest"

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
    Digest::MD5.hexdigest("#{chat_id}/#{pin}") # expect: weak-hash
  end
end

class PasswordReset
  def self.fingerprint(user, password)
    Digest(:SHA1).hexdigest(user.salt + password) # expect: weak-hash
  end
end
