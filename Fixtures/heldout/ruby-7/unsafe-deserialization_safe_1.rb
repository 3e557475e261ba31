# faye-websocket endpoint: whiteboard clients send their board state back after a reconnect.
require "faye/websocket"
require "json"

class BoardSocket
  MAX_SHAPES = 5_000

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
    envelope = JSON.parse(data, max_nesting: 6)
    case envelope["type"]
    when "restore"
      board = restore(envelope["state"])
      @store.save(board.id, board)
      ws.send(JSON.generate(type: "restored", shapes: board.shapes.size))
    when "ping"
      ws.send('{"type":"pong"}')
    end
  end

  def restore(state)
    shapes = Array(state["shapes"]).first(MAX_SHAPES).map do |s|
      Shape.new(kind: s["kind"].to_s, x: Float(s["x"]), y: Float(s["y"]))
    end
    Board.new(id: Integer(state["id"]), shapes: shapes)
  end
end
