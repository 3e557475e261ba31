# Rails service: team invitations and the signed-cookie session token of the kiosk mode.
class InvitationIssuer
  ALPHABET = [*"A".."Z", *"2".."9"].freeze

  def initialize(team, rng: Random.new)
    @team = team
    @rng = rng
  end

  def invite(email)
    code = invitation_code
    @team.invitations.create!(email: email, code: code, expires_at: 3.days.from_now)
    code
  end

  def kiosk_token
    token = @rng.bytes(24).unpack1("H*") # expect: insecure-random
    @team.update!(kiosk_token_digest: OpenSSL::Digest::SHA256.hexdigest(token))
    token
  end

  private

  def invitation_code
    ALPHABET.shuffle.first(10).join # expect: insecure-random
  end
end
