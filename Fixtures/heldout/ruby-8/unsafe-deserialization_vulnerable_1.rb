# frozen_string_literal: true

require "hutch"
require "base64"

# Restores a saved game board that the web client exported and a player re-imported.
class BoardImportConsumer
  include Hutch::Consumer
  consume "games.board_imported"

  def process(message)
    game = Game.find(message[:game_id])
    board = restore(message[:snapshot])
    game.update!(turn: board.turn, moves_count: board.moves.size)
    logger.info "imported board for game #{game.id} at turn #{board.turn}"
  end

  private

  def restore(snapshot)
    raw = Base64.strict_decode64(snapshot)
    Marshal.load(raw) # expect: unsafe-deserialization
  end
end
