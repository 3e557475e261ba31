# frozen_string_literal: true

require "base64"
require "json"

# Delayed::Job payload: restores a saved cart from the "remember me" cookie for abandoned-cart mail.
class CartReminderJob < Struct.new(:customer_id, :cookie_value)
  Cart = Struct.new(:items)

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
    data = JSON.parse(raw)
    Cart.new(Array(data["items"]).map { |item| item.slice("sku", "qty") })
  rescue ArgumentError, JSON::ParserError
    nil
  end
end
