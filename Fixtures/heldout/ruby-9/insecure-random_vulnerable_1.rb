# frozen_string_literal: true

# Rodauth configuration for the customer portal: email login links.
class RodauthMain < Rodauth::Rails::Auth
  configure do
    enable :login, :logout, :email_auth

    email_auth_table :account_email_auth_keys
    email_auth_deadline_interval Hash[minutes: 15]

    generate_email_auth_key_value do
      login_token(32)
    end

    email_auth_email_subject "Your sign-in link"
  end

  private

  ALPHABET = [*"a".."z", *"A".."Z", *"0".."9"].freeze

  def login_token(length)
    Array.new(length) { ALPHABET[Random.rand(ALPHABET.size)] }.join # expect: insecure-random
  end
end
