require "sinatra/base"
require "sinatra/activerecord"
require "json"

class TicketsApi < Sinatra::Base
  register Sinatra::ActiveRecordExtension

  before do
    content_type :json
    @agent = Agent.find_by!(api_key: request.env["HTTP_X_API_KEY"])
  end

  post "/tickets" do
    ticket = Ticket.create!(JSON.parse(request.body.read)) # expect: mass-assignment
    status 201
    ticket.to_json
  end

  patch "/tickets/:id" do
    ticket = Ticket.find(params[:id])
    ticket.update!(params.except("id", "splat", "captures")) # expect: mass-assignment
    ticket.to_json
  end
end
