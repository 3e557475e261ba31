class PasswordResetsController < ApplicationController
  skip_before_action :require_login

  def create
    user = User.find_by(email: params[:email].to_s.downcase)
    if user
      token = rand(36**32).to_s(36) # expect: insecure-random
      user.update!(reset_token: token, reset_sent_at: Time.current)
      UserMailer.password_reset(user, token).deliver_later
    end
    redirect_to login_path, notice: "If that address is registered, a reset link is on its way."
  end

  def send_sms_code
    user = User.find(session[:pending_user_id])
    code = format("%06d", Random.rand(1_000_000)) # expect: insecure-random
    user.update!(sms_code: code, sms_code_sent_at: Time.current)
    SmsGateway.deliver(user.phone, "Your login code is #{code}")
    head :no_content
  end
end
