class SessionsController < ApplicationController
  def new
    session[:after_login] = request.fullpath if request.get?
    session[:flash_seen] = params[:seen]
  end

  def create
    user = User.authenticate(params[:email], params[:password])
    return render(:new) unless user

    redirect_to dashboard_path(user)
  end
end

Padrino.controllers :links do
  before { @list = current_account.lists.find(params[:list_id]) }

  get :show do
    redirect url(:lists, :show, id: @list.id)
  end
end
