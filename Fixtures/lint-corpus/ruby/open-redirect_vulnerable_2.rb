require "sinatra"

post "/sign-in" do
  account = Account.authenticate(params[:login], params[:password])
  halt 401 unless account
  session[:account_id] = account.id
  redirect params[:back] || "/home" # expect: open-redirect
end

get "/leave" do
  target = params[:url].to_s
  halt 400 if target.empty?
  redirect target # expect: open-redirect
end
