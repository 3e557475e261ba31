#!/usr/bin/env ruby
# Provisions a client account on the partner gateway and prints its credentials.
require "optparse"
require "net/http"
require "json"

options = { env: "staging" }
OptionParser.new do |o|
  o.on("-n", "--name NAME") { |v| options[:name] = v }
  o.on("-e", "--env ENV") { |v| options[:env] = v }
end.parse!
abort("usage: provision -n NAME [-e ENV]") unless options[:name]

client_id = "cl_#{options[:name].downcase.gsub(/[^a-z0-9]/, '')}"
client_secret = Random.rand(36**32).to_s(36).rjust(32, "0") # expect: insecure-random
webhook_key = (1..32).map { rand(16).to_s(16) }.join # expect: insecure-random

uri = URI("https://gateway.#{options[:env]}.example.net/v1/clients")
res = Net::HTTP.post(uri, { id: client_id, secret: client_secret, webhook_key: webhook_key }.to_json,
                     "Content-Type" => "application/json", "Authorization" => "Bearer #{ENV.fetch('GATEWAY_ADMIN_TOKEN')}")
abort("gateway said #{res.code}") unless res.is_a?(Net::HTTPSuccess)

puts "client_id:     #{client_id}"
puts "client_secret: #{client_secret}"
puts "webhook_key:   #{webhook_key}"
