# Resque job: syncs customer records pushed by the CRM webhook (the payload is stored as received).
class CrmCustomerSyncJob
  @queue = :crm
  SYNCED = %w[name email phone company].freeze

  def self.perform(event_id)
    event = CrmEvent.find(event_id)
    payload = JSON.parse(event.body)
    new.apply(payload.fetch("customer"))
    event.update!(processed_at: Time.current)
  end

  def apply(attributes)
    customer = Customer.find_or_initialize_by(crm_id: attributes.fetch("crm_id"))
    customer.assign_attributes(attributes.slice(*SYNCED))
    customer.save!
  end
end
