require "sinatra"
require "erb"
require "json"

# A tiny link-shortener preview page.
LINKS = {}

get "/" do
  erb :index
end

post "/links" do
  code = params[:code].to_s[0, 16]
  LINKS[code] = params[:url]
  "<p>Created <a href=\"/#{code}\">/#{code}</a> for #{params[:url]}</p>" # expect: xss
end

get "/preview/:code" do
  url = LINKS[params[:code]]
  halt 404, "<h1>No link called #{params[:code]}</h1>" unless url # expect: xss
  @url = url
  erb :preview
end

__END__

@@ index
<form method="post" action="/links"><input name="code"><input name="url"><button>Create</button></form>

@@ preview
<p>This link points to <%= ERB::Util.html_escape(@url) %></p>
