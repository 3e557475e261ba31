# The session carries a target from one request to the next.
class SessionsController < ApplicationController
  def new
    session[:after_login] = params[:next]
  end

  def create
    user = User.authenticate(params[:email], params[:password])
    return render(:new) unless user

    redirect_to session.delete(:after_login) || root_path # expect: open-redirect
  end
end

Cuba.define do
  on get, "go" do
    res.redirect req.params["to"] # expect: open-redirect
  end
end
