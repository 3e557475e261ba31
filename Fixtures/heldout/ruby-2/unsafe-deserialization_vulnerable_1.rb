require "base64"
require "rack"

# Rack middleware that restores the visitor's UI preferences from a cookie.
class PreferencesMiddleware
  COOKIE = "ui_prefs".freeze

  def initialize(app)
    @app = app
  end

  def call(env)
    request = Rack::Request.new(env)
    raw = request.cookies[COOKIE]
    env["app.preferences"] = raw ? Marshal.load(Base64.urlsafe_decode64(raw)) : default_prefs # expect: unsafe-deserialization
    status, headers, body = @app.call(env)

    if (prefs = env["app.preferences.changed"])
      response = Rack::Response.new(body, status, headers)
      response.set_cookie(COOKIE, value: Base64.urlsafe_encode64(Marshal.dump(prefs)), path: "/")
      return response.finish
    end
    [status, headers, body]
  end

  private

  def default_prefs
    { theme: "light", per_page: 25 }
  end
end
