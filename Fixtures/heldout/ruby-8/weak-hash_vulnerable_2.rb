# frozen_string_literal: true

require "sucker_punch"
require "openssl"

# Rotates the personal access tokens of a user and stores only their fingerprints.
class RotateTokensJob
  include SuckerPunch::Job

  def perform(user_id)
    user = User.find(user_id)
    user.access_tokens.active.find_each do |token|
      fresh = token.regenerate_secret
      token.update!(fingerprint: fingerprint(fresh), rotated_at: Time.now)
    end
  end

  private

  def fingerprint(secret)
    md = OpenSSL::Digest.new("MD5") # expect: weak-hash
    md.update(secret)
    md.hexdigest
  end
end
