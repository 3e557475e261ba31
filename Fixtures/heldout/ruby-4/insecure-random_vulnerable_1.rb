# frozen_string_literal: true

# Rails API mode: team invitations and phone verification, as service objects.
module Teams
  class CreateInvitation
    ALPHABET = ("A".."Z").to_a + ("2".."9").to_a

    def initialize(team:, email:, invited_by:)
      @team = team
      @email = email
      @invited_by = invited_by
    end

    def call
      code = Array.new(10) { ALPHABET.sample }.join # expect: insecure-random
      invitation = @team.invitations.create!(email: @email, code: code, invited_by: @invited_by,
                                             expires_at: 7.days.from_now)
      InvitationMailer.with(invitation: invitation).invite.deliver_later
      invitation
    end
  end
end

module Phones
  class SendVerification
    def initialize(user)
      @user = user
    end

    def call
      pin = format("%06d", rand(1_000_000)) # expect: insecure-random
      @user.update!(phone_pin: pin, phone_pin_sent_at: Time.current)
      SmsGateway.deliver(@user.phone, "Your verification code is #{pin}")
    end
  end
end
