require "uri"

# Jets controller: sign-in flow for the customer portal.
class SessionsController < ApplicationController
  def new
    session[:after_login] = local_path(params[:next])
    render :new
  end

  def create
    user = User.authenticate(params[:email], params[:password])
    return render(:new, status: 401) unless user

    session[:user_id] = user.id
    destination = local_path(session.delete(:after_login)) || "/dashboard"
    redirect_to destination
  end

  def switch_locale
    cookies[:locale] = params[:locale] if %w[en de fr].include?(params[:locale])
    redirect_to "/#{cookies[:locale] || 'en'}/dashboard"
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
