require "sinatra"
require "uri"

ALLOWED_HOSTS = %w[docs.example.org status.example.org].freeze

post "/sign-in" do
  account = Account.authenticate(params[:login], params[:password])
  halt 401 unless account
  session[:account_id] = account.id
  back = params[:back].to_s
  back = "/home" unless back.start_with?("/") && !back.start_with?("//")
  redirect back
end

get "/leave" do
  target = URI.parse(params[:url].to_s) rescue nil
  halt 400 unless target && ALLOWED_HOSTS.include?(target.host)
  redirect target.to_s
end

get "/home" do
  redirect "/sign-in?back=/home" unless session[:account_id]
  erb :home
end
