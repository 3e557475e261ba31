# frozen_string_literal: true

require "grpc"
require "securerandom"
require_relative "protos/devices_services_pb"

# Issues the API key a newly registered sensor uses for all later uploads.
class DeviceRegistry < Devices::Registry::Service
  def register(request, _call)
    key = SecureRandom.alphanumeric(40)
    device = Device.create!(serial: request.serial, model: request.model, api_key_digest: KeyDigest.of(key),
                            upload_slot: upload_slot)
    Devices::RegisterReply.new(device_id: device.id, api_key: key)
  end

  private

  # Spreads uploads over the hour so sensors do not all report at once.
  def upload_slot
    Random.rand(60)
  end
end
