require "sinatra"
require "json"

helpers do
  def notice_box(text)
    "<div class=\"notice\">#{Rack::Utils.escape_html(text)}</div>"
  end
end

get "/greet" do
  html = +"<section>"
  html << "<h2>Hello, #{Rack::Utils.escape_html(params[:who])}</h2>"
  html << "</section>"
  html
end

post "/feedback" do
  halt 400, notice_box(params[:topic]) if params[:message].to_s.strip.empty?
  "thanks"
end

get "/greet.json" do
  content_type :json
  reply = { who: params[:who] }
  reply.to_json
end

get "/upload" do
  Dir.mktmpdir do |dir|
    File.write(File.join(dir, "name.txt"), params[:name].to_s)
  end
end

module BadgesHelper
  def badge_list(badges)
    out = "".html_safe
    badges.each { |badge| out.safe_concat(tag.span(badge.label)) }
    out
  end
end
