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
      redirect_to safe_return_path(params[:return_to]) || dashboard_path
    else
      flash.now[:alert] = "Invalid email or password"
      render :new, status: :unprocessable_entity
    end
  end

  def destroy
    reset_session
    redirect_to url_from(params[:next]) || root_path
  end

  def switch_locale
    session[:locale] = params[:locale] if I18n.available_locales.map(&:to_s).include?(params[:locale])
    redirect_back_or_to root_path, allow_other_host: false
  end

  private

  # Only paths on this site: "/orders/7" yes, "//evil.example" and "https://..." no.
  def safe_return_path(value)
    path = value.to_s
    path if path.start_with?("/") && !path.start_with?("//") && !path.include?("\\")
  end
end
