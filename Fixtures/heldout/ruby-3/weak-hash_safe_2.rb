require "sinatra/base"
require "digest"
require "json"
require "openssl"

class PartnerApi < Sinatra::Base
  helpers do
    def key_fingerprint(api_key)
      Digest::SHA512.base64digest(api_key)
    end

    def reset_signature(user_id, expires_at)
      OpenSSL::HMAC.hexdigest("SHA256", ENV.fetch("RESET_SECRET"), "#{user_id}:#{expires_at}")
    end
  end

  before do
    partner = Partner.find_by(key_fingerprint: key_fingerprint(request.env["HTTP_X_API_KEY"].to_s))
    halt 401, { error: "unknown key" }.to_json unless partner
  end

  post "/users/:id/reset" do
    expires = Time.now.to_i + 3600
    content_type :json
    { url: "/reset/#{params['id']}?e=#{expires}&s=#{reset_signature(params['id'], expires)}" }.to_json
  end
end
