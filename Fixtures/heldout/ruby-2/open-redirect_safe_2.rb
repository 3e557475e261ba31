require "roda"
require "uri"

class AuthApp < Roda
  plugin :sessions, secret: ENV.fetch("SESSION_SECRET")
  OUTBOUND_HOSTS = %w[docs.example.com status.example.com github.com].freeze

  def local_path(value)
    value.is_a?(String) && value.start_with?("/") && !value.start_with?("//") && !value.include?("\\") ? value : "/"
  end

  route do |r|
    r.post "login" do
      account = Account.authenticate(r.params["login"], r.params["password"])
      if account
        session["account_id"] = account.id
        r.redirect local_path(r.params["next"])
      else
        r.redirect "/login?error=1"
      end
    end

    r.get "out" do
      uri = URI.parse(r.params["u"].to_s) rescue nil
      r.redirect "/" unless uri.is_a?(URI::HTTPS) && OUTBOUND_HOSTS.include?(uri.host)
      Click.create(url: uri.to_s, at: Time.now)
      r.redirect uri.to_s
    end
  end
end
