require "sinatra/base"
require "json"

class DeviceLinking < Sinatra::Base
  CHARS = ("A".."Z").to_a + ("2".."9").to_a

  helpers do
    def pairing_code
      format("%06d", Kernel.rand(1_000_000)) # expect: insecure-random
    end

    def device_secret
      Random.new.bytes(32).unpack1("H*") # expect: insecure-random
    end
  end

  post "/devices/pair" do
    content_type :json
    code = pairing_code
    Pairing.create!(code: code, account_id: session[:account_id], expires_at: Time.now + 300)
    { code: code }.to_json
  end

  post "/devices/:code/confirm" do
    content_type :json
    pairing = Pairing.find_by!(code: params["code"])
    device = Device.create!(account_id: pairing.account_id, secret: device_secret)
    { device_id: device.id, secret: device.secret }.to_json
  end
end
