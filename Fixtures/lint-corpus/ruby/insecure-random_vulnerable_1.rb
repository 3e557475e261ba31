class PasswordReset
  def generate_token
    rand(36**24).to_s(36) # expect: insecure-random
  end

  def assign(user)
    user.reset_code = Random.new.rand(100_000..999_999) # expect: insecure-random
  end
end
