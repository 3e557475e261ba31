require "sinatra/base"
require "sequel"
require "json"

DB = Sequel.connect(ENV.fetch("DATABASE_URL"))

class Account < Sequel::Model
  one_to_many :api_keys
end

class AccountsApi < Sinatra::Base
  EDITABLE = %w[name billing_email timezone].freeze

  post "/accounts" do
    content_type :json
    payload = JSON.parse(request.body.read)
    account = Account.new
    account.set_fields(payload, EDITABLE, missing: :skip)
    account.plan = "trial"
    account.save
    status 201
    { id: account.id }.to_json
  end

  patch "/accounts/:id" do
    content_type :json
    account = Account[Integer(params["id"])] or halt 404
    account.update_fields(params, EDITABLE, missing: :skip)
    account.values.slice(:id, :name, :plan).to_json
  end
end
