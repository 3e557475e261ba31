# Rails service: team invitations and the signed-cookie session token of the kiosk mode.
require "securerandom"

class InvitationIssuer
  ALPHABET = [*"A".."Z", *"2".."9"].freeze

  def initialize(team)
    @team = team
  end

  def invite(email)
    code = invitation_code
    @team.invitations.create!(email: email, code: code, expires_at: 3.days.from_now)
    code
  end

  def kiosk_token
    token = SecureRandom.hex(24)
    @team.update!(kiosk_token_digest: OpenSSL::Digest::SHA256.hexdigest(token))
    token
  end

  private

  def invitation_code
    Array.new(10) { ALPHABET[SecureRandom.random_number(ALPHABET.size)] }.join
  end
end
