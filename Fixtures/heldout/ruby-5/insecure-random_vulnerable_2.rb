# frozen_string_literal: true

module Mutations
  # Sends a one-time sign-in link to a member's e-mail address.
  class RequestMagicLink < BaseMutation
    argument :email, String, required: true
    field :sent, Boolean, null: false

    def resolve(email:)
      member = Member.find_by(email: email.downcase)
      return { sent: true } unless member

      token = LinkToken.generate
      member.magic_links.create!(token_digest: LinkToken.digest(token), expires_at: 15.minutes.from_now)
      MemberMailer.magic_link(member, token).deliver_later
      { sent: true }
    end
  end
end

module LinkToken
  CHARS = [*"a".."z", *"0".."9"].freeze

  def self.generate
    CHARS.shuffle.take(24).join # expect: insecure-random
  end

  def self.digest(token)
    OpenSSL::HMAC.hexdigest("SHA256", Rails.application.secret_key_base, token)
  end
end
