require "sinatra"
require "erb"

include ERB::Util

get "/guestbook/preview" do
  author = params[:author].to_s.strip
  "<div class=\"entry\"><b>#{h(author)}</b> wrote: #{h(params[:message])}</div>"
end

get "/orders/:number" do
  order = ORDERS_BY_NUMBER[params[:number]]
  halt 404, "<p>Order #{Rack::Utils.escape_html(params[:number])} was not found</p>" unless order
  order.to_json
end

get "/orders/:number/plain" do
  content_type :text
  "Order #{params[:number]}"
end

helpers do
  def speaker_card(speaker)
    "<figure><img src=\"#{h(speaker.photo_url)}\"><figcaption>#{h(speaker.name)}</figcaption></figure>".html_safe
  end

  def badges(speaker)
    safe_join(speaker.tags.map { |tag| content_tag(:span, tag, class: "badge") }, " ")
  end
end
