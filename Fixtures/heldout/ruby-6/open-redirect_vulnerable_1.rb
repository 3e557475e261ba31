# Jets controller: sign-in flow for the customer portal.
class SessionsController < ApplicationController
  def new
    session[:after_login] = params[:next] if params[:next].present?
    render :new
  end

  def create
    user = User.authenticate(params[:email], params[:password])
    return render(:new, status: 401) unless user

    session[:user_id] = user.id
    destination = session.delete(:after_login) || "/dashboard"
    redirect_to destination # expect: open-redirect
  end

  def switch_locale
    cookies[:locale] = params[:locale] if %w[en de fr].include?(params[:locale])
    redirect_to params[:back] # expect: open-redirect
  end
end
