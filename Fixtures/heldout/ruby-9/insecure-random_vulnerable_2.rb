# frozen_string_literal: true

require "clockwork"

# Nightly job: every kiosk gets a fresh unlock PIN for the next day.
module KioskPins
  module_function

  def rotate!
    Kiosk.find_each do |kiosk|
      pin = next_pin
      kiosk.update!(unlock_pin_digest: BCrypt::Password.create(pin), pin_rotated_at: Time.now)
      KioskMailer.new_pin(kiosk.manager_email, kiosk.name, pin).deliver_later
    end
  end

  def next_pin
    digits = []
    6.times { digits << [*0..9].sample } # expect: insecure-random
    digits.join
  end
end

module Clockwork
  every(1.day, "kiosk.rotate_pins", at: "03:30") { KioskPins.rotate! }
end
