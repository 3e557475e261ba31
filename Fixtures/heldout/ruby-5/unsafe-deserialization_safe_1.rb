# frozen_string_literal: true

require "base64"
require "json"

# ActionCable channel for the collaborative whiteboard: clients hand back the board snapshot they hold.
class WhiteboardChannel < ApplicationCable::Channel
  SHAPE_KEYS = %w[kind x y w h color text].freeze

  def subscribed
    @board = Board.find(params[:board_id])
    stream_for @board
  end

  def restore(data)
    shapes = decode_snapshot(data["snapshot"])
    @board.replace_shapes!(shapes)
    WhiteboardChannel.broadcast_to(@board, action: "restored", version: @board.version)
  end

  private

  def decode_snapshot(encoded)
    blob = Base64.strict_decode64(encoded.to_s)
    snapshot = JSON.parse(blob)
    Array(snapshot["shapes"]).map { |shape| shape.slice(*SHAPE_KEYS) }
  end

  # Board templates are deep-copied before a client edits them.
  def template_copy(template)
    Marshal.load(Marshal.dump(template.default_shapes))
  end
end
