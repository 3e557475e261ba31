require "sinatra"
require "json"

OPERATIONS = {
  "add" => :+,
  "sub" => :-,
  "mul" => :*,
  "div" => :/,
}.freeze

get "/calc" do
  op = OPERATIONS[params[:op]]
  halt 400, { error: "unknown operation" }.to_json unless op

  a = Float(params[:a])
  b = Float(params[:b])
  halt 400, { error: "division by zero" }.to_json if op == :/ && b.zero?

  content_type :json
  { result: a.public_send(op, b) }.to_json
rescue ArgumentError
  halt 400, { error: "numbers only" }.to_json
end

get "/health" do
  checks = %w[database cache].map { |name| [name, Object.const_get("#{name.capitalize}Check").new.ok?] }
  content_type :json
  checks.to_h.to_json
end
