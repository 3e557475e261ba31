# Rails: OmniAuth callback; the origin is the page the sign-in link was clicked from (?origin=...).
class SessionsController < ApplicationController
  skip_before_action :require_login, only: %i[create failure]

  def create
    auth = request.env["omniauth.auth"]
    user = User.from_omniauth(auth)
    reset_session
    session[:user_id] = user.id
    cookies[:after_login] = local_path(params[:continue]) if local_path(params[:continue])

    origin = local_path(request.env["omniauth.origin"])
    redirect_to(origin || root_path)
  end

  def resume
    target = local_path(cookies.delete(:after_login))
    redirect_to target if target
  end

  def failure
    redirect_to root_path, alert: "Sign-in failed"
  end

  private

  def local_path(value)
    return nil if value.blank?

    uri = URI.parse(value.to_s)
    return nil if uri.scheme || uri.host
    return nil unless uri.path.start_with?("/") && !uri.path.start_with?("//", "/\\")

    uri.to_s
  rescue URI::InvalidURIError
    nil
  end
end
