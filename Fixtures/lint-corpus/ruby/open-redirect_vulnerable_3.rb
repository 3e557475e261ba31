require "roda"

class Portal < Roda
  plugin :sessions, secret: ENV.fetch("PORTAL_SECRET")

  route do |r|
    r.get "switch" do
      session["team"] = r.params["team"]
      r.redirect r.params["back"] || "/" # expect: open-redirect
    end

    r.get "bye" do
      session.clear
      response.redirect(r.referrer || "/", 303) # expect: open-redirect
    end
  end
end
