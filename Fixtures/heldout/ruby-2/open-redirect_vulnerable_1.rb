class SessionsController < ApplicationController
  skip_before_action :require_login, only: %i[new create]

  def new
    @return_to = params[:return_to]
  end

  def create
    user = User.authenticate_by(email: params[:email], password: params[:password])
    if user
      reset_session
      session[:user_id] = user.id
      redirect_to params[:return_to].presence || dashboard_path # expect: open-redirect
    else
      flash.now[:alert] = "Invalid email or password"
      render :new, status: :unprocessable_entity
    end
  end

  def switch_region
    region = params.require(:region)
    redirect_to "https://#{region}.example-shop.com/account", allow_other_host: true # expect: open-redirect
  end
end
