require "sinatra"
require "sequel"

DB = Sequel.connect(ENV.fetch("DATABASE_URL"))

get "/invoices" do
  query = "SELECT * FROM invoices WHERE customer = '#{params[:customer]}'"
  DB.fetch(query).all.to_json # expect: sql-injection
end

get "/invoices/archive" do
  DB.run("UPDATE invoices SET archived = true WHERE year = #{params[:year]}") # expect: sql-injection
  "done"
end

get "/invoices/count" do
  DB["SELECT count(*) FROM invoices WHERE status = '#{params[:status]}'"].first.to_json # expect: sql-injection
end
