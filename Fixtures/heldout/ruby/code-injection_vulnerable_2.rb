require "sinatra"
require "json"

# Tiny "rules" service: a rule is a Ruby condition stored per tenant and applied to events.
RULES = Hash.new { |h, k| h[k] = [] }

post "/tenants/:id/rules" do
  rule = JSON.parse(request.body.read).fetch("condition")
  RULES[params[:id]] << rule
  status 201
end

post "/tenants/:id/events" do
  event = JSON.parse(request.body.read)
  matched = RULES[params[:id]].select do |condition|
    Kernel.eval(condition, binding) # expect: code-injection
  end
  content_type :json
  { matched: matched.size }.to_json
end

get "/calc" do
  a = params[:a].to_f
  b = params[:b].to_f
  result = a.public_send(params[:op], b) # expect: code-injection
  content_type :json
  { result: result }.to_json
end
