require "sinatra"

helpers do
  def field_error(field)
    "<p class=\"error\">The field #{field} is required.</p>"
  end
end

post "/subscribe" do
  if params["email"].to_s.empty?
    halt 422, field_error(params["field_label"] || "email") # expect: xss
  end
  "<p>Thanks! We sent a confirmation to #{params['email']}.</p>" # expect: xss
end

get "/preview" do
  body = +"<html><body>"
  body << "<h1>#{params['title']}</h1>"
  body << "<div class=\"lead\">#{params['lead']}</div>"
  body << "</body></html>"
  body # expect: xss
end
