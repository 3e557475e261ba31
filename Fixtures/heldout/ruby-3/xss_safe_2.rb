require "sinatra"
require "json"
require "rack/utils"

helpers do
  def esc(text)
    Rack::Utils.escape_html(text.to_s)
  end

  def field_error(field)
    "<p class=\"error\">The field #{esc(field)} is required.</p>"
  end
end

post "/subscribe" do
  halt 422, field_error(params["field_label"] || "email") if params["email"].to_s.empty?
  "<p>Thanks! We sent a confirmation to #{esc(params['email'])}.</p>"
end

get "/preview" do
  body = +"<html><body>"
  body << "<h1>#{esc(params['title'])}</h1>"
  body << "<div class=\"lead\">#{esc(params['lead'])}</div>"
  body << "</body></html>"
  body
end

get "/preview.json" do
  content_type :json
  { title: params["title"], lead: params["lead"] }.to_json
end
