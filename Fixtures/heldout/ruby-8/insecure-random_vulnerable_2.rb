# frozen_string_literal: true

require "grpc"
require_relative "protos/devices_services_pb"

# Issues the API key a newly registered sensor uses for all later uploads.
class DeviceRegistry < Devices::Registry::Service
  KEY_ALPHABET = [*"a".."z", *"A".."Z", *"0".."9"].freeze

  def register(request, _call)
    key = api_key(40)
    device = Device.create!(serial: request.serial, model: request.model, api_key_digest: KeyDigest.of(key))
    Devices::RegisterReply.new(device_id: device.id, api_key: key)
  end

  private

  def api_key(length)
    Array.new(length) { KEY_ALPHABET[rand(KEY_ALPHABET.size)] }.join # expect: insecure-random
  end
end
