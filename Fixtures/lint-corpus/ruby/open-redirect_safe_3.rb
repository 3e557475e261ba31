require "roda"

class Portal < Roda
  plugin :sessions, secret: ENV.fetch("PORTAL_SECRET")

  route do |r|
    r.get "switch" do
      back = r.params["back"].to_s
      r.redirect "/" unless back.start_with?("/") && !back.start_with?("//")
      session["team"] = r.params["team"]
      r.redirect back
    end
  end
end
