require "sinatra/base"

class Storefront < Sinatra::Base
  enable :sessions

  post "/newsletter" do
    Subscriber.create(email: params["email"].to_s.downcase)
    redirect params["return_to"] || "/" # expect: open-redirect
  end

  get "/checkout/done" do
    shop = params["shop"] || "www"
    target = "https://#{shop}"
    target += ".shops.example.com/thanks"
    redirect target, 303 # expect: open-redirect
  end
end
