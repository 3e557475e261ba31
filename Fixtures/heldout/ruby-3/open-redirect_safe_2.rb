require "sinatra/base"
require "uri"

class Storefront < Sinatra::Base
  enable :sessions
  SHOPS = %w[www eu us outlet].freeze
  RETURN_PAGES = { "home" => "/", "blog" => "/blog", "deals" => "/deals" }.freeze

  post "/newsletter" do
    Subscriber.create(email: params["email"].to_s.downcase)
    redirect RETURN_PAGES.fetch(params["return_to"], "/")
  end

  get "/checkout/done" do
    shop = SHOPS.include?(params["shop"]) ? params["shop"] : "www"
    redirect "https://#{shop}.shops.example.com/thanks", 303
  end
end
