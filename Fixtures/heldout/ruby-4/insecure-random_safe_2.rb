# frozen_string_literal: true

require "securerandom"

# lib/tasks/api_clients.rake - provisions machine clients for partner integrations.
namespace :api_clients do
  desc "Create an API client: rake api_clients:create[partner-name]"
  task :create, [:name] => :environment do |_t, args|
    abort "name required" if args[:name].blank?

    client_id = "cli_#{args[:name].parameterize}"
    secret = SecureRandom.hex(24)
    webhook_key = SecureRandom.hex(16)

    ApiClient.create!(name: args[:name], client_id: client_id,
                      secret_digest: Digest::SHA256.hexdigest(secret), webhook_key: webhook_key)
    puts "client_id: #{client_id}"
    puts "secret:    #{secret}"
    puts "webhook:   #{webhook_key}"
  end

  desc "Seed sandbox clients with fake traffic (development only)"
  task seed_traffic: :environment do
    rng = Random.new(42)
    ApiClient.where(sandbox: true).find_each do |client|
      rng.rand(5..20).times { client.requests.create!(path: "/v1/ping", status: 200) }
    end
  end
end
