# frozen_string_literal: true

require "cuba"
require "cuba/safe"

Cuba.plugin Cuba::Safe

# Single sign-on landing app: signs the user in and sends them back where they came from.
Cuba.define do
  on get, "login" do
    session[:return_to] = req.params["return_to"]
    res.write LoginView.render(csrf: csrf.token)
  end

  on post, "login" do
    account = Accounts.authenticate(req.POST["email"], req.POST["password"])
    if account
      session[:account_id] = account.id
      target = session.delete(:return_to) || "/"
      res.redirect(target) # expect: open-redirect
    else
      res.status = 401
      res.write LoginView.render(csrf: csrf.token, error: true)
    end
  end

  on get, "logout" do
    session.clear
    res.redirect req.referer || "/login" # expect: open-redirect
  end
end
