require "sinatra"
require "sinatra/activerecord"
require "json"

class Subscriber < ActiveRecord::Base
  # columns: email, name, plan, confirmed, discount_percent
  PUBLIC_FIELDS = %w[email name].freeze
end

post "/subscribers" do
  data = JSON.parse(request.body.read)
  subscriber = Subscriber.create(data.slice(*Subscriber::PUBLIC_FIELDS))
  status 201
  subscriber.to_json(only: %i[id email name])
end

patch "/subscribers/:id" do
  subscriber = Subscriber.find(params[:id])
  subscriber.update(name: params[:name]) if params[:name]
  subscriber.to_json(only: %i[id email name])
end

post "/subscribers/:id/confirm" do
  subscriber = Subscriber.find_by!(id: params[:id], confirm_token: params[:token].to_s)
  subscriber.update!(confirmed: true, plan: "free", discount_percent: 0)
  status 204
end
