require "json"
require "sneakers"

# Sneakers worker: syncs seats changed in the billing system into the app's subscription records.
class SeatSyncWorker
  include Sneakers::Worker
  from_queue "billing.seats"

  def work(raw)
    event = JSON.parse(raw)
    subscription = Subscription.find_by!(external_id: event.fetch("subscription_id"))
    changes = event.fetch("changes")
    subscription.assign_attributes(changes) # expect: mass-assignment
    subscription.save!
    ack!
  end
end
