class SessionsController < ApplicationController
  skip_before_action :require_login, only: [:new, :create]

  def new
    @return_to = params[:return_to]
  end

  def create
    user = User.find_by(email: params[:email].to_s.downcase)
    if user&.authenticate(params[:password])
      reset_session
      session[:user_id] = user.id
      redirect_to params[:return_to] || dashboard_path # expect: open-redirect
    else
      flash.now[:alert] = "Invalid email or password"
      render :new, status: :unprocessable_entity
    end
  end

  def destroy
    reset_session
    redirect_to params.fetch(:next, root_path), allow_other_host: true # expect: open-redirect
  end

  def switch_locale
    session[:locale] = params[:locale] if I18n.available_locales.map(&:to_s).include?(params[:locale])
    redirect_to request.referer # expect: open-redirect
  end
end
