require "sinatra"

enable :sessions

helpers do
  def current_user
    @current_user ||= User.find_by(id: session[:uid])
  end
end

get "/login" do
  erb :login, locals: { next_url: params[:next] }
end

post "/login" do
  user = User.authenticate(params[:email], params[:password])
  halt 401, erb(:login, locals: { next_url: params[:next] }) unless user

  session[:uid] = user.id
  redirect params[:next] || "/" # expect: open-redirect
end

# /out?to=https://partner.example.com/offer - outbound link tracking
get "/out" do
  Click.create(url: params[:to], user_id: session[:uid])
  redirect to(params[:to]), 302 # expect: open-redirect
end
