# frozen_string_literal: true

require "cuba"
require "cuba/safe"
require "uri"

Cuba.plugin Cuba::Safe

# Keeps only same-site paths: no scheme, no host, a single leading slash.
module LocalPath
  def self.clean(value, fallback = "/")
    uri = URI.parse(value.to_s)
    return fallback if uri.scheme || uri.host
    return fallback unless uri.path.start_with?("/") && !uri.path.start_with?("//", "/\\")

    uri.to_s
  rescue URI::InvalidURIError
    fallback
  end
end

# Single sign-on landing app: signs the user in and sends them back where they came from.
Cuba.define do
  on get, "login" do
    session[:return_to] = LocalPath.clean(req.params["return_to"])
    res.write LoginView.render(csrf: csrf.token)
  end

  on post, "login" do
    account = Accounts.authenticate(req.POST["email"], req.POST["password"])
    if account
      session[:account_id] = account.id
      target = LocalPath.clean(session.delete(:return_to))
      res.redirect(target)
    else
      res.status = 401
      res.write LoginView.render(csrf: csrf.token, error: true)
    end
  end

  on get, "logout" do
    session.clear
    res.redirect "/login"
  end
end
