require "securerandom"

class PasswordReset
  def generate_token
    SecureRandom.urlsafe_base64(24)
  end

  def retry_delay
    rand(1..5)
  end
end
