# frozen_string_literal: true

require "base64"

# Delayed::Job payload: restores a saved cart from the "remember me" cookie for abandoned-cart mail.
class CartReminderJob < Struct.new(:customer_id, :cookie_value)
  def perform
    customer = Customer.find(customer_id)
    cart = restore(cookie_value)
    return if cart.nil? || cart.items.empty?

    CartMailer.reminder(customer.email, cart.items).deliver_now
  end

  def max_attempts
    3
  end

  private

  def restore(value)
    raw = Base64.urlsafe_decode64(value.to_s)
    Marshal.load(raw) # expect: unsafe-deserialization
  rescue ArgumentError
    nil
  end
end
