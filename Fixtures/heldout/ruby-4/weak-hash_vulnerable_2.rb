# frozen_string_literal: true

require "roda"
require "openssl"
require "sequel"

DB = Sequel.connect(ENV.fetch("DATABASE_URL"))

# Password reset for the volunteers' rota app: the e-mailed token is stored as a digest.
class RotaApp < Roda
  plugin :json
  plugin :json_parser

  route do |r|
    r.post "password_resets" do
      volunteer = DB[:volunteers].where(email: r.params["email"].to_s.downcase).first
      if volunteer
        token = SecureRandom.urlsafe_base64(32)
        digest = OpenSSL::Digest::MD5.hexdigest(token) # expect: weak-hash
        DB[:password_resets].insert(volunteer_id: volunteer[:id], token_digest: digest, created_at: Time.now)
        Mailer.reset(volunteer[:email], token)
      end
      { ok: true }
    end

    r.post "password_resets", String do |token|
      digest = OpenSSL::Digest.new("SHA1").hexdigest(token) # expect: weak-hash
      reset = DB[:password_resets].where(token_digest: digest).where { created_at > Time.now - 3600 }.first
      r.halt(404, { error: "expired" }) unless reset
      DB[:volunteers].where(id: reset[:volunteer_id]).update(password_hash: BCrypt::Password.create(r.params["password"]))
      { ok: true }
    end
  end
end
