require "sinatra"
require "erb"
require "json"

include ERB::Util

# A tiny link-shortener preview page.
LINKS = {}

get "/" do
  erb :index
end

post "/links" do
  code = params[:code].to_s[0, 16]
  LINKS[code] = params[:url]
  "<p>Created <a href=\"/#{url_encode(code)}\">/#{h(code)}</a> for #{h(params[:url])}</p>"
end

get "/preview/:code" do
  url = LINKS[params[:code]]
  halt 404, "<h1>No link called #{h(params[:code])}</h1>" unless url
  @url = url
  erb :preview
end

get "/api/links/:code" do
  content_type :json
  { code: params[:code], url: LINKS[params[:code]] }.to_json
end

__END__

@@ index
<form method="post" action="/links"><input name="code"><input name="url"><button>Create</button></form>

@@ preview
<p>This link points to <%= h(@url) %></p>
