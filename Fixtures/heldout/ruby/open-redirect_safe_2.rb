require "sinatra"
require "uri"

enable :sessions

PARTNER_HOSTS = %w[partner.example.com shop.example.net].freeze

post "/login" do
  user = User.authenticate(params[:email], params[:password])
  halt 401, erb(:login) unless user

  session[:uid] = user.id
  target = params[:next].to_s
  target = "/" unless target.match?(%r{\A/[^/\\]})
  redirect target
end

# /out?to=https://partner.example.com/offer - outbound link tracking
get "/out" do
  uri = URI.parse(params[:to].to_s) rescue nil
  halt 400, "unknown destination" unless uri.is_a?(URI::HTTPS) && PARTNER_HOSTS.include?(uri.host)

  Click.create(url: uri.to_s, user_id: session[:uid])
  redirect uri.to_s, 302
end

get "/account" do
  redirect "/login?next=/account" unless session[:uid]
  erb :account
end
