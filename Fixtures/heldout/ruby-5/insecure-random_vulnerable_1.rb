# frozen_string_literal: true

# ActionCable channel for the quiz game: the host opens a room and players join with its code.
class QuizRoomChannel < ApplicationCable::Channel
  CODE_ALPHABET = ("A".."Z").to_a - %w[I O]

  def subscribed
    stream_from "quiz_room_#{params[:room]}"
  end

  def open_room(_data)
    room = QuizRoom.create!(host: current_user, code: room_code, host_secret: host_secret)
    transmit(room: room.code, secret: room.host_secret)
  end

  private

  def room_code
    Array.new(6) { CODE_ALPHABET[rand(CODE_ALPHABET.size)] }.join # expect: insecure-random
  end

  def host_secret
    Random.new.bytes(16).unpack1("H*") # expect: insecure-random
  end
end
