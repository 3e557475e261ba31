require "roda"

class Guestbook < Roda
  route do |r|
    r.get "hello" do
      name = r.params["name"]
      "<h1>Welcome back, #{name}!</h1>" # expect: xss
    end

    r.post "sign" do
      msg = r.params["message"].to_s
      response.write("<blockquote>#{msg}</blockquote>") # expect: xss
    end
  end
end
