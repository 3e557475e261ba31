require "sinatra"

# A guestbook preview and an order status page.
get "/guestbook/preview" do
  author = params[:author].to_s.strip
  "<div class=\"entry\"><b>#{author}</b> wrote: #{params[:message]}</div>" # expect: xss
end

get "/orders/:number" do
  order = ORDERS_BY_NUMBER[params[:number]]
  halt 404, "<p>Order #{params[:number]} was not found</p>" unless order # expect: xss
  order.to_json
end

helpers do
  def speaker_card(speaker)
    "<figure><img src=\"#{speaker.photo_url}\"><figcaption>#{speaker.name}</figcaption></figure>".html_safe # expect: xss
  end
end
