# frozen_string_literal: true

require "base64"

# ActionCable channel for the collaborative whiteboard: clients hand back the board snapshot they hold.
class WhiteboardChannel < ApplicationCable::Channel
  def subscribed
    @board = Board.find(params[:board_id])
    stream_for @board
  end

  def restore(data)
    snapshot = decode_snapshot(data["snapshot"])
    @board.replace_shapes!(snapshot.shapes)
    WhiteboardChannel.broadcast_to(@board, action: "restored", version: @board.version)
  end

  private

  def decode_snapshot(encoded)
    blob = Base64.strict_decode64(encoded.to_s)
    Marshal.restore(blob) # expect: unsafe-deserialization
  end
end
