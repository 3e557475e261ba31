require "sinatra/base"
require "json"
require "securerandom"

class DeviceLinking < Sinatra::Base
  helpers do
    def pairing_code
      format("%06d", SecureRandom.random_number(1_000_000))
    end

    def retry_after
      (2 + rand * 3).round(2)
    end
  end

  post "/devices/pair" do
    content_type :json
    code = pairing_code
    Pairing.create!(code: code, account_id: session[:account_id], expires_at: Time.now + 300)
    { code: code, retry_after: retry_after }.to_json
  end

  get "/devices/tips" do
    content_type :json
    tips = Tip.where(topic: "pairing").to_a
    { tips: tips.sample(3).map(&:text), secret_hint: SecureRandom.hex(4) }.to_json
  end
end
