require "roda"

class AuthApp < Roda
  plugin :sessions, secret: ENV.fetch("SESSION_SECRET")

  route do |r|
    r.post "login" do
      account = Account.authenticate(r.params["login"], r.params["password"])
      if account
        session["account_id"] = account.id
        r.redirect(r.params["next"] || "/") # expect: open-redirect
      else
        r.redirect "/login?error=1"
      end
    end

    r.get "logout" do
      session.clear
      target = r.params["continue"] || r.referrer || "/"
      r.redirect target # expect: open-redirect
    end

    r.get "out" do
      Click.create(url: r.params["u"], at: Time.now)
      response.redirect(r.params["u"], 302) # expect: open-redirect
      r.halt
    end
  end
end
