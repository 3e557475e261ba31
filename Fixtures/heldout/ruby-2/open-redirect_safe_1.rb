class SessionsController < ApplicationController
  skip_before_action :require_login, only: %i[new create]
  REGIONS = %w[eu us apac].freeze

  def new
    @return_to = params[:return_to]
  end

  def create
    user = User.authenticate_by(email: params[:email], password: params[:password])
    if user
      reset_session
      session[:user_id] = user.id
      redirect_to url_from(params[:return_to]) || dashboard_path
    else
      flash.now[:alert] = "Invalid email or password"
      render :new, status: :unprocessable_entity
    end
  end

  def switch_region
    region = params.require(:region)
    return head(:bad_request) unless REGIONS.include?(region)

    redirect_to "https://#{region}.example-shop.com/account", allow_other_host: true
  end
end
