# Rails: OmniAuth callback; the origin is the page the sign-in link was clicked from (?origin=...).
class SessionsController < ApplicationController
  skip_before_action :require_login, only: %i[create failure]

  def create
    auth = request.env["omniauth.auth"]
    user = User.from_omniauth(auth)
    reset_session
    session[:user_id] = user.id
    cookies[:after_login] = params[:continue] if params[:continue].present?

    origin = request.env["omniauth.origin"]
    redirect_to(origin.presence || root_path, allow_other_host: true) # expect: open-redirect
  end

  def resume
    target = cookies.delete(:after_login)
    redirect_to target, allow_other_host: true if target # expect: open-redirect
  end

  def failure
    redirect_to root_path, alert: "Sign-in failed"
  end
end
