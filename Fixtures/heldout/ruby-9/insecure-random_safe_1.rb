# frozen_string_literal: true

# Rodauth configuration for the customer portal: email login links.
class RodauthMain < Rodauth::Rails::Auth
  configure do
    enable :login, :logout, :email_auth

    email_auth_table :account_email_auth_keys
    email_auth_deadline_interval Hash[minutes: 15]

    generate_email_auth_key_value do
      SecureRandom.urlsafe_base64(32)
    end

    email_auth_email_subject "Your sign-in link"
  end

  private

  TIPS = ["Use a password manager.", "Turn on two-factor sign-in.", "Review your devices."].freeze

  def tip_of_the_day
    TIPS[Random.rand(TIPS.size)]
  end
end
