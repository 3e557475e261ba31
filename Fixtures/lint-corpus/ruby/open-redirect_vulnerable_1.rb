class SessionsController < ApplicationController
  def create
    user = User.authenticate(params[:email], params[:password])
    session[:user_id] = user.id
    redirect_to params[:return_to] # expect: open-redirect
  end
end
