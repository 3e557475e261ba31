require "bcrypt"
require "digest"
require "sequel"

class AccountStore
  def initialize(db)
    @accounts = db[:accounts]
  end

  def create(login, password)
    @accounts.insert(login: login, password_digest: BCrypt::Password.create(password))
  end

  def authenticate(login, password)
    row = @accounts.where(login: login).first
    return nil unless row

    BCrypt::Password.new(row[:password_digest]).is_password?(password) ? row : nil
  end

  def api_token_digest(token)
    Digest::SHA256.hexdigest(token)
  end

  # Gravatar addresses are keyed by the MD5 of the e-mail; nothing secret is involved.
  def avatar_url(email)
    "https://www.gravatar.com/avatar/#{Digest::MD5.hexdigest(email.strip.downcase)}"
  end
end
