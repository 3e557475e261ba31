# frozen_string_literal: true

require "clockwork"
require "securerandom"

# Nightly job: every kiosk gets a fresh unlock PIN for the next day.
module KioskPins
  module_function

  def rotate!
    Kiosk.find_each do |kiosk|
      pin = next_pin
      kiosk.update!(unlock_pin_digest: BCrypt::Password.create(pin), pin_rotated_at: Time.now)
      KioskMailer.new_pin(kiosk.manager_email, kiosk.name, pin).deliver_later
      sleep(rand(0.1..0.5))
    end
  end

  def next_pin
    format("%06d", SecureRandom.random_number(1_000_000))
  end
end

module Clockwork
  every(1.day, "kiosk.rotate_pins", at: "03:30") { KioskPins.rotate! }
end
