require "sinatra/base"
require "sinatra/activerecord"
require "json"

class TicketsApi < Sinatra::Base
  register Sinatra::ActiveRecordExtension
  EDITABLE = %w[subject body priority].freeze

  before do
    content_type :json
    @agent = Agent.find_by!(api_key: request.env["HTTP_X_API_KEY"])
  end

  post "/tickets" do
    payload = JSON.parse(request.body.read)
    ticket = Ticket.create!(payload.slice(*EDITABLE).merge("opened_by_id" => @agent.id, "status" => "open"))
    status 201
    ticket.to_json
  end

  patch "/tickets/:id" do
    ticket = Ticket.find(params[:id])
    ticket.update!(subject: params[:subject], priority: params[:priority])
    ticket.to_json
  end
end
