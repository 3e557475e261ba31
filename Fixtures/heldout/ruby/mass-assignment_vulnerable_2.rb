require "sinatra"
require "sinatra/activerecord"
require "json"

class Subscriber < ActiveRecord::Base
  # columns: email, name, plan, confirmed, discount_percent
end

post "/subscribers" do
  data = JSON.parse(request.body.read)
  subscriber = Subscriber.create(data) # expect: mass-assignment
  status 201
  subscriber.to_json(only: %i[id email name])
end

patch "/subscribers/:id" do
  subscriber = Subscriber.find(params[:id])
  subscriber.update(params.reject { |k, _| %w[id splat captures].include?(k) }) # expect: mass-assignment
  subscriber.to_json(only: %i[id email name])
end

post "/subscribers/import" do
  params[:rows].each do |row|
    Subscriber.new(row).save # expect: mass-assignment
  end
  status 204
end
