require "sinatra"

helpers do
  def notice_box(text)
    "<div class=\"notice\">#{text}</div>"
  end
end

get "/greet" do
  html = +"<section>"
  html << "<h2>Hello, #{params[:who]}</h2>"
  html << "</section>"
  html # expect: xss
end

post "/feedback" do
  halt 400, notice_box(params[:topic]) if params[:message].to_s.strip.empty? # expect: xss
  "thanks"
end

module BadgesHelper
  def badge_list(badges)
    out = "".html_safe
    badges.each { |badge| out.safe_concat("<span>#{badge.label}</span>") } # expect: xss
    out
  end
end
