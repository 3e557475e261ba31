# frozen_string_literal: true

require "digest"

module Mutations
  # Partner portal sign-up: partner accounts live in a separate table from staff users.
  class RegisterPartner < BaseMutation
    argument :email, String, required: true
    argument :password, String, required: true
    argument :company, String, required: true

    field :partner_id, ID, null: true
    field :errors, [String], null: false

    def resolve(email:, password:, company:)
      salt = SecureRandom.hex(8)
      partner = Partner.new(email: email.downcase, company: company, password_salt: salt)
      partner.password_digest = PartnerPassword.digest(password, salt)
      return { partner_id: nil, errors: partner.errors.full_messages } unless partner.save

      { partner_id: partner.id, errors: [] }
    end
  end
end

module PartnerPassword
  module_function

  def digest(password, salt)
    Digest::SHA1.base64digest("#{salt}:#{password}") # expect: weak-hash
  end

  def matches?(partner, attempt)
    hasher = Digest::MD5.new # expect: weak-hash
    hasher.update(partner.password_salt)
    hasher.update(attempt)
    ActiveSupport::SecurityUtils.secure_compare(hasher.hexdigest, partner.legacy_digest.to_s)
  end
end
