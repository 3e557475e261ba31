# faye-websocket: pairing a TV app with a phone; the TV shows a code, the phone types it.
require "faye/websocket"
require "json"
require "securerandom"

class PairingSocket
  CODE_TTL = 300
  TIPS = ["Open the app on your phone", "Tap Pair a TV", "Type the code shown here"].freeze

  def initialize(redis)
    @redis = redis
  end

  def call(env)
    return [426, {}, ["websocket only"]] unless Faye::WebSocket.websocket?(env)

    ws = Faye::WebSocket.new(env)
    ws.on(:message) do |event|
      message = JSON.parse(event.data)
      ws.send(JSON.generate(start_pairing(message["device_id"]))) if message["type"] == "pair"
    end
    ws.rack_response
  end

  private

  def start_pairing(device_id)
    code = format("%06d", SecureRandom.random_number(1_000_000))
    @redis.set("pairing:#{code}", device_id, ex: CODE_TTL)
    { type: "code", code: code, expires_in: CODE_TTL, tip: TIPS.sample }
  end
end
