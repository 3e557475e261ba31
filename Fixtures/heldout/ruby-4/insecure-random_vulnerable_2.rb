# frozen_string_literal: true

# lib/tasks/api_clients.rake - provisions machine clients for partner integrations.
namespace :api_clients do
  desc "Create an API client: rake api_clients:create[partner-name]"
  task :create, [:name] => :environment do |_t, args|
    abort "name required" if args[:name].blank?

    rng = Random.new(Time.now.to_i)
    client_id = "cli_#{args[:name].parameterize}"
    secret = rng.bytes(24).unpack1("H*") # expect: insecure-random
    webhook_key = Array.new(32) { Random.rand(16).to_s(16) }.join # expect: insecure-random

    ApiClient.create!(name: args[:name], client_id: client_id,
                      secret_digest: Digest::SHA256.hexdigest(secret), webhook_key: webhook_key)
    puts "client_id: #{client_id}"
    puts "secret:    #{secret}"
    puts "webhook:   #{webhook_key}"
  end
end
