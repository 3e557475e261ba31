require "roda"
require "rack/utils"

class Guestbook < Roda
  route do |r|
    r.get "hello" do
      name = Rack::Utils.escape_html(r.params["name"].to_s)
      "<h1>Welcome back, #{name}!</h1>"
    end

    r.get "entries" do
      rows = Entry.where(author: r.params["author"]).all
      "<p>#{rows.size} entries</p>"
    end
  end
end
