# frozen_string_literal: true

require "racecar"
require "json"

# Mirrors profile edits made in the mobile app into the billing database.
class ProfileSyncConsumer < Racecar::Consumer
  subscribes_to "profile-updates"

  EDITABLE = %w[display_name invoice_email address_line city postcode].freeze

  def process(message)
    change = JSON.parse(message.value)
    account = BillingAccount.find_by(external_id: change["account_id"])
    return if account.nil?

    edits = change.fetch("profile", {}).slice(*EDITABLE)
    account.update!(edits)
    AuditTrail.record(account, source: "mobile", keys: edits.keys)
  end
end
