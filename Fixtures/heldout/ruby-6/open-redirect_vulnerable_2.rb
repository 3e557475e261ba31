require "rack"

# Rack middleware in front of the SSO callback: sends the browser back to the app that started the login.
class ReturnToMiddleware
  def initialize(app)
    @app = app
  end

  def call(env)
    request = Rack::Request.new(env)
    return @app.call(env) unless request.path == "/sso/callback"

    status, headers, body = @app.call(env)
    return [status, headers, body] unless status == 200

    body.close if body.respond_to?(:close)
    target = request.params["RelayState"] || "/"
    [302, { "location" => target, "content-type" => "text/plain" }, ["Redirecting"]] # expect: open-redirect
  end
end
