# frozen_string_literal: true

require "digest"
require "bcrypt"

module Mutations
  # Partner portal sign-up: partner accounts live in a separate table from staff users.
  class RegisterPartner < BaseMutation
    argument :email, String, required: true
    argument :password, String, required: true
    argument :company, String, required: true

    field :partner_id, ID, null: true
    field :errors, [String], null: false

    def resolve(email:, password:, company:)
      partner = Partner.new(email: email.downcase, company: company)
      partner.password_digest = PartnerPassword.digest(password)
      partner.avatar_key = Digest::MD5.hexdigest(email.strip.downcase)
      return { partner_id: nil, errors: partner.errors.full_messages } unless partner.save

      { partner_id: partner.id, errors: [] }
    end
  end
end

module PartnerPassword
  module_function

  def digest(password)
    BCrypt::Password.create(password, cost: 12).to_s
  end

  def matches?(partner, attempt)
    BCrypt::Password.new(partner.password_digest).is_password?(attempt)
  end
end
