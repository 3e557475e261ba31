require "json"
require "rack"

# Rack middleware that restores the visitor's UI preferences from a cookie.
class PreferencesMiddleware
  COOKIE = "ui_prefs".freeze
  ALLOWED = %w[theme per_page].freeze

  def initialize(app, verifier)
    @app = app
    @verifier = verifier # ActiveSupport::MessageVerifier with the app's secret
  end

  def call(env)
    request = Rack::Request.new(env)
    env["app.preferences"] = load_prefs(request.cookies[COOKIE])
    status, headers, body = @app.call(env)

    if (prefs = env["app.preferences.changed"])
      response = Rack::Response.new(body, status, headers)
      response.set_cookie(COOKIE, value: @verifier.generate(prefs.to_json), path: "/")
      return response.finish
    end
    [status, headers, body]
  end

  private

  def load_prefs(raw)
    json = raw && @verifier.verified(raw)
    return { "theme" => "light", "per_page" => 25 } unless json

    JSON.parse(json).slice(*ALLOWED)
  end
end
