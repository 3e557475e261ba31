# frozen_string_literal: true

require "securerandom"

# ActionCable channel for the quiz game: the host opens a room and players join with its code.
class QuizRoomChannel < ApplicationCable::Channel
  CODE_ALPHABET = ("A".."Z").to_a - %w[I O]

  def subscribed
    stream_from "quiz_room_#{params[:room]}"
  end

  def open_room(_data)
    room = QuizRoom.create!(host: current_user, code: room_code, host_secret: host_secret)
    transmit(room: room.code, secret: room.host_secret, order: question_order(room))
  end

  private

  def room_code
    Array.new(6) { CODE_ALPHABET[SecureRandom.random_number(CODE_ALPHABET.size)] }.join
  end

  def host_secret
    SecureRandom.bytes(16).unpack1("H*")
  end

  # Question order only needs to differ between rooms; nothing depends on it being unpredictable.
  def question_order(room)
    room.questions.pluck(:id).shuffle(random: Random.new(room.id))
  end
end
