require "rack"
require "uri"

# Rack middleware in front of the SSO callback: sends the browser back to the app that started the login.
class ReturnToMiddleware
  ALLOWED_HOSTS = %w[app.example.com billing.example.com docs.example.com].freeze

  def initialize(app)
    @app = app
  end

  def call(env)
    request = Rack::Request.new(env)
    return @app.call(env) unless request.path == "/sso/callback"

    status, headers, body = @app.call(env)
    return [status, headers, body] unless status == 200

    body.close if body.respond_to?(:close)
    target = trusted(request.params["RelayState"]) || "https://app.example.com/"
    [302, { "location" => target, "content-type" => "text/plain" }, ["Redirecting"]]
  end

  private

  def trusted(relay)
    uri = URI.parse(relay.to_s)
    return nil unless uri.is_a?(URI::HTTPS) && ALLOWED_HOSTS.include?(uri.host)

    URI::HTTPS.build(host: uri.host, path: uri.path.presence || "/").to_s
  rescue URI::InvalidURIError
    nil
  end
end
