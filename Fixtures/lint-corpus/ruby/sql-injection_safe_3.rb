require "sinatra"
require "sequel"

DB = Sequel.connect(ENV.fetch("DATABASE_URL"))

get "/invoices" do
  DB.fetch("SELECT * FROM invoices WHERE customer = ?", params[:customer]).all.to_json
end

get "/invoices/archive" do
  DB[:invoices].where(year: params[:year].to_i).update(archived: true)
  "done"
end

get "/invoices/limit" do
  sizes = { "small" => 10, "large" => 100 }
  DB[:invoices].limit(sizes.fetch(params[:size], 20)).all.to_json
end
