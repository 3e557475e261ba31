class Admin::UsersController < Admin::BaseController
  before_action :set_user, only: [:edit, :update]

  def create
    @user = User.new(user_params)
    if @user.save
      redirect_to admin_users_path, notice: "User created"
    else
      render :new, status: :unprocessable_entity
    end
  end

  def update
    if @user.update(user_params)
      @user.update!(role: params[:user][:role]) if current_user.superadmin? && User::ROLES.include?(params[:user][:role])
      redirect_to admin_users_path, notice: "User updated"
    else
      render :edit, status: :unprocessable_entity
    end
  end

  private

  def set_user
    @user = User.find(params[:id])
  end

  def user_params
    params.require(:user).permit(:name, :email, :time_zone, notification_ids: [])
  end
end

class ProfilesController < ApplicationController
  def update
    current_user.update!(params.require(:profile).permit(:bio, :website, :avatar))
    redirect_to profile_path
  end
end
