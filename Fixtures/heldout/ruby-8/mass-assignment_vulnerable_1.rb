# frozen_string_literal: true

require "racecar"
require "json"

# Mirrors profile edits made in the mobile app into the billing database.
class ProfileSyncConsumer < Racecar::Consumer
  subscribes_to "profile-updates"

  def process(message)
    change = JSON.parse(message.value)
    account = BillingAccount.find_by(external_id: change["account_id"])
    return if account.nil?

    account.update!(change["profile"]) # expect: mass-assignment
    AuditTrail.record(account, source: "mobile", keys: change["profile"].keys)
  end
end
