# faye-websocket endpoint: whiteboard clients send their board state back after a reconnect.
require "faye/websocket"
require "base64"
require "json"

class BoardSocket
  def initialize(store)
    @store = store
  end

  def call(env)
    return [426, {}, ["websocket only"]] unless Faye::WebSocket.websocket?(env)

    ws = Faye::WebSocket.new(env)
    ws.on(:message) { |event| handle(ws, event.data) }
    ws.rack_response
  end

  private

  def handle(ws, data)
    envelope = JSON.parse(data)
    case envelope["type"]
    when "restore"
      board = restore(envelope["state"])
      @store.save(board.id, board)
      ws.send(JSON.generate(type: "restored", shapes: board.shapes.size))
    when "ping"
      ws.send('{"type":"pong"}')
    end
  end

  def restore(encoded)
    Marshal.load(Base64.strict_decode64(encoded)) # expect: unsafe-deserialization
  end
end
